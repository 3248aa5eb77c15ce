package org.eventapis.core;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Leaves an optional property with a spec default out of a request unless the caller set it to
 * something else.
 *
 * <p>The generated models start such a property at its default ({@code notify = false}), so
 * without this every request would carry it although the caller never set it. Left out, the
 * server applies the same default, so nothing changes for an API that knows the property, and
 * an API version that does not know it (and rejects unknown properties) still accepts the
 * request. Required properties are always sent, defaults included.
 */
final class OnlyWhatIsSet extends BeanSerializerModifier {

  @Override
  public List<BeanPropertyWriter> changeProperties(
      SerializationConfig config, BeanDescription description, List<BeanPropertyWriter> writers) {
    Object fresh = freshInstance(description.getBeanClass());
    if (fresh == null) {
      return writers;
    }
    List<BeanPropertyWriter> changed = new ArrayList<>(writers.size());
    for (BeanPropertyWriter writer : writers) {
      Object initial = initialValue(writer, fresh);
      boolean hasDefault = initial != null && !isUndefined(initial);
      changed.add(hasDefault && !writer.isRequired() ? new SkipDefault(writer, initial) : writer);
    }
    return changed;
  }

  /** A new instance of a generated model, whose fields then hold the spec's defaults. */
  private static Object freshInstance(Class<?> type) {
    if (!type.getName().contains(".generated.model.")) {
      return null;
    }
    try {
      Constructor<?> constructor = type.getConstructor();
      return constructor.newInstance();
    } catch (ReflectiveOperationException | RuntimeException noDefaultConstructor) {
      return null;
    }
  }

  private static Object initialValue(BeanPropertyWriter writer, Object fresh) {
    try {
      return writer.get(fresh);
    } catch (Exception unreadable) {
      return null;
    }
  }

  private static boolean isUndefined(Object value) {
    return value instanceof org.openapitools.jackson.nullable.JsonNullable<?> nullable
        && !nullable.isPresent();
  }

  /** Writes the property only when its value differs from the default the model started with. */
  private static final class SkipDefault extends BeanPropertyWriter {

    private final Object initial;

    SkipDefault(BeanPropertyWriter base, Object initial) {
      super(base);
      this.initial = initial;
    }

    @Override
    public void serializeAsField(Object bean, JsonGenerator generator, SerializerProvider provider)
        throws Exception {
      if (!Objects.equals(get(bean), initial)) {
        super.serializeAsField(bean, generator, provider);
      }
    }
  }
}
