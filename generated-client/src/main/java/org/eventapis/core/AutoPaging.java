package org.eventapis.core;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Every item of a paginated list, fetched one page at a time as the caller goes: a page is
 * requested only when the items before it have all been consumed, and the last page ends the
 * iteration. Each page is one call of the generated interface, so a failing page raises the
 * usual {@link EventApiException} (after the retries the client's policy allows), and a view
 * made with {@code withOptions(...)} applies its options to every page.
 *
 * <p>Nothing is fetched until the first item is asked for. Every {@link #iterator()} and
 * {@link #stream()} starts again from the first page. Iterators are not thread-safe.
 *
 * @param <T> the item type
 */
public final class AutoPaging<T> implements Iterable<T> {

  private final Supplier<Iterator<T>> iterators;

  private AutoPaging(Supplier<Iterator<T>> iterators) {
    this.iterators = iterators;
  }

  /**
   * Items of the pages {@code first} and {@code next} fetch.
   *
   * @param first fetches the first page
   * @param next fetches the page after the one given, or answers {@code null}, without fetching
   *     anything, when the page given is the last
   * @param items the items of a page, in order
   * @param <P> the page type
   * @param <T> the item type
   */
  public static <P, T> AutoPaging<T> of(
      Supplier<P> first, UnaryOperator<P> next, Function<P, List<T>> items) {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(next, "next");
    Objects.requireNonNull(items, "items");
    return new AutoPaging<>(() -> new PageIterator<>(first, next, items));
  }

  /** Starts from the first page; no request is made before the first {@code hasNext()}. */
  @Override
  public Iterator<T> iterator() {
    return iterators.get();
  }

  /** A sequential stream over the items; short-circuiting operations stop fetching early. */
  public Stream<T> stream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false);
  }

  private static final class PageIterator<P, T> implements Iterator<T> {

    private final Supplier<P> first;
    private final UnaryOperator<P> next;
    private final Function<P, List<T>> items;
    private P page;
    private Iterator<T> current = Collections.emptyIterator();
    private boolean started;
    private boolean ended;

    PageIterator(Supplier<P> first, UnaryOperator<P> next, Function<P, List<T>> items) {
      this.first = first;
      this.next = next;
      this.items = items;
    }

    @Override
    public boolean hasNext() {
      // An empty page is not the end unless the API says so: keep asking until a page has
      // items or there is no next page.
      while (!current.hasNext() && !ended) {
        P fetched = started ? next.apply(page) : first.get();
        started = true;
        if (fetched == null) {
          ended = true;
        } else {
          page = fetched;
          List<T> pageItems = items.apply(fetched);
          current = pageItems == null ? Collections.emptyIterator() : pageItems.iterator();
        }
      }
      return current.hasNext();
    }

    @Override
    public T next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return current.next();
    }
  }
}
