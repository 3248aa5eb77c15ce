package org.eventapis.testkit;

import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a request against its API's spec: the validator for method, path, parameters and body,
 * and the security scheme here, since the validator does not check credentials. Every problem
 * names the parameter, header or body property it concerns.
 */
final class RequestValidation {

  /** The names in the validator's {@code Object has missing required properties (["a","b"])}. */
  private static final Pattern MISSING = Pattern.compile("\\(\\[(.*)]\\)");
  private static final Pattern QUOTED = Pattern.compile("\"([^\"]*)\"");
  private static final Pattern PATH_PREFIX = Pattern.compile("^\\[Path '[^']*'] ");

  private RequestValidation() {}

  static List<Problem> problems(
      ApiSpec spec,
      String method,
      String path,
      Map<String, List<String>> query,
      Map<String, List<String>> headers,
      String body) {
    List<Problem> problems = new ArrayList<>();
    SimpleRequest.Builder request = new SimpleRequest.Builder(method, path);
    headers.forEach(request::withHeader);
    query.forEach(request::withQueryParam);
    if (body != null && !body.isEmpty()) {
      request.withBody(body);
    }
    ValidationReport report = spec.validator().validateRequest(request.build());
    boolean knownOperation = true;
    for (ValidationReport.Message message : report.getMessages()) {
      if (message.getLevel() != ValidationReport.Level.ERROR) {
        continue;
      }
      List<Problem> found = toProblems(message);
      for (Problem problem : found) {
        knownOperation &= problem.kind() != Problem.Kind.UNKNOWN_OPERATION;
      }
      problems.addAll(found);
    }
    if (knownOperation) {
      authentication(spec, headers, query).ifPresent(problem -> problems.add(0, problem));
    }
    return problems;
  }

  /**
   * Whether the request carries credentials in the form one of the spec's security schemes asks
   * for. Their value is never checked, and never repeated in a message.
   */
  static Optional<Problem> authentication(
      ApiSpec spec, Map<String, List<String>> headers, Map<String, List<String>> query) {
    List<SecurityScheme> schemes = spec.security();
    if (schemes.isEmpty()) {
      return Optional.empty();
    }
    for (SecurityScheme scheme : schemes) {
      if (satisfied(scheme, headers, query)) {
        return Optional.empty();
      }
    }
    SecurityScheme expected = schemes.get(0);
    String field = field(expected);
    boolean sent = first(expected.getIn() == SecurityScheme.In.QUERY ? query : headers, field).isPresent();
    return Optional.of(
        new Problem(
            field,
            field + ": " + (sent ? "not in the form " + spec.api() + " expects (" + form(expected) + ")"
                : "missing; " + spec.api() + " expects " + form(expected)),
            Problem.Kind.AUTHENTICATION));
  }

  private static boolean satisfied(
      SecurityScheme scheme, Map<String, List<String>> headers, Map<String, List<String>> query) {
    if (scheme.getType() == SecurityScheme.Type.APIKEY) {
      Map<String, List<String>> where = scheme.getIn() == SecurityScheme.In.QUERY ? query : headers;
      return first(where, scheme.getName()).filter(value -> !value.isBlank()).isPresent();
    }
    Optional<String> authorization = first(headers, "Authorization");
    if (authorization.isEmpty()) {
      return false;
    }
    String value = authorization.get().trim();
    String type = scheme.getScheme() == null ? "" : scheme.getScheme().toLowerCase(Locale.ROOT);
    if (scheme.getType() == SecurityScheme.Type.HTTP && type.equals("bearer")) {
      return hasCredentials(value, "Bearer ");
    }
    if (scheme.getType() == SecurityScheme.Type.HTTP && type.equals("basic")) {
      return hasCredentials(value, "Basic ") && isBasicPair(value.substring(6).trim());
    }
    return !value.isBlank();
  }

  private static boolean hasCredentials(String value, String prefix) {
    return value.regionMatches(true, 0, prefix, 0, prefix.length())
        && !value.substring(prefix.length()).isBlank();
  }

  /** Base64 of {@code user:password} with something in it (Timekit leaves the user empty). */
  private static boolean isBasicPair(String encoded) {
    try {
      String pair = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
      return pair.indexOf(':') >= 0 && pair.length() > 1;
    } catch (IllegalArgumentException notBase64) {
      return false;
    }
  }

  private static String field(SecurityScheme scheme) {
    return scheme.getType() == SecurityScheme.Type.APIKEY ? scheme.getName() : "Authorization";
  }

  private static String form(SecurityScheme scheme) {
    if (scheme.getType() == SecurityScheme.Type.APIKEY) {
      return scheme.getName() + ": <key>" + (scheme.getIn() == SecurityScheme.In.QUERY ? " in the query" : "");
    }
    String type = scheme.getScheme() == null ? "" : scheme.getScheme().toLowerCase(Locale.ROOT);
    return switch (type) {
      case "bearer" -> "Authorization: Bearer <key>";
      case "basic" -> "Authorization: Basic base64(<user>:<password>)";
      default -> "an Authorization header";
    };
  }

  private static Optional<String> first(Map<String, List<String>> values, String name) {
    for (Map.Entry<String, List<String>> entry : values.entrySet()) {
      if (entry.getKey().equalsIgnoreCase(name) && !entry.getValue().isEmpty()) {
        return Optional.of(entry.getValue().get(0));
      }
    }
    return Optional.empty();
  }

  private static List<Problem> toProblems(ValidationReport.Message message) {
    String key = message.getKey();
    if (key.equals("validation.request.path.missing")
        || key.equals("validation.request.operation.notAllowed")) {
      return List.of(new Problem("request", message.getMessage(), Problem.Kind.UNKNOWN_OPERATION));
    }
    Optional<ValidationReport.MessageContext> context = message.getContext();
    Optional<String> parameter =
        context.flatMap(ValidationReport.MessageContext::getParameter).map(p -> p.getName());
    if (parameter.isPresent()) {
      String name = parameter.get();
      return List.of(new Problem(name, name + ": " + describe(message), Problem.Kind.INVALID));
    }
    if (key.startsWith("validation.request.body")) {
      String base =
          context
              .flatMap(ValidationReport.MessageContext::getPointers)
              .map(ValidationReport.MessageContext.Pointers::getInstance)
              .map(RequestValidation::dotted)
              .orElse("");
      if (key.endsWith(".required")) {
        List<Problem> missing = new ArrayList<>();
        for (String name : missingNames(message.getMessage())) {
          String field = base.isEmpty() ? name : base + "." + name;
          missing.add(new Problem(field, field + ": required, but missing", Problem.Kind.INVALID));
        }
        if (!missing.isEmpty()) {
          return missing;
        }
      }
      String field = base.isEmpty() ? "body" : base;
      return List.of(new Problem(field, field + ": " + describe(message), Problem.Kind.INVALID));
    }
    if (key.startsWith("validation.request.contentType")) {
      return List.of(new Problem("Content-Type", "Content-Type: " + describe(message), Problem.Kind.INVALID));
    }
    return List.of(new Problem("request", describe(message), Problem.Kind.INVALID));
  }

  /** The validator's message without its path prefix, with the details it keeps apart. */
  private static String describe(ValidationReport.Message message) {
    String text = PATH_PREFIX.matcher(message.getMessage()).replaceFirst("");
    List<String> details = message.getAdditionalInfo();
    return details.isEmpty() ? text : text + " (" + String.join("; ", details) + ")";
  }

  /** A JSON pointer as the dotted field name vendors use: {@code /resources/1/name} → {@code resources.1.name}. */
  static String dotted(String pointer) {
    if (pointer == null || pointer.isEmpty() || pointer.equals("/")) {
      return "";
    }
    String trimmed = pointer.startsWith("/") ? pointer.substring(1) : pointer;
    List<String> names = new ArrayList<>();
    for (String token : trimmed.split("/", -1)) {
      names.add(token.replace("~1", "/").replace("~0", "~"));
    }
    return String.join(".", names);
  }

  private static List<String> missingNames(String text) {
    List<String> names = new ArrayList<>();
    Matcher list = MISSING.matcher(text);
    if (list.find()) {
      Matcher quoted = QUOTED.matcher(list.group(1));
      while (quoted.find()) {
        names.add(quoted.group(1));
      }
    }
    return names;
  }
}
