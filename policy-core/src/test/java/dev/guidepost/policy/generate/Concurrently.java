package dev.guidepost.policy.generate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Applies a function to many inputs on many threads at once, for tests that a shared object gives
 * the same results under contention as one after the other. The threads start together and take
 * inputs from a shared counter, so calls interleave; results come back in input order.
 *
 * <pre>{@code
 * List<Report> sequential = policies.stream().map(checker::check).toList();
 * assertThat(Concurrently.map(policies, 8, checker::check)).isEqualTo(sequential);
 * }</pre>
 */
public final class Concurrently {
  private Concurrently() {}

  /**
   * Applies a function to every input, on {@code threads} threads at once.
   *
   * @param inputs the inputs
   * @param threads how many threads share the work
   * @param function the function, called from all threads at once
   * @return the results, in the order of the inputs
   * @throws AssertionError if the function threw, with what it threw as the cause, or if fewer than
   *     two threads took part
   */
  public static <T, R> List<R> map(List<T> inputs, int threads, Function<T, R> function) {
    Object[] results = new Object[inputs.size()];
    AtomicInteger next = new AtomicInteger();
    Set<String> workers = ConcurrentHashMap.newKeySet();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  for (int i = next.getAndIncrement(); i < results.length; ) {
                    results[i] = function.apply(inputs.get(i));
                    workers.add(Thread.currentThread().getName());
                    i = next.getAndIncrement();
                  }
                  return null;
                }));
      }
      start.countDown();
      for (Future<?> future : futures) {
        future.get();
      }
    } catch (ExecutionException e) {
      throw new AssertionError("a call on another thread failed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    } finally {
      pool.shutdownNow();
    }
    if (inputs.size() > threads && workers.size() < 2) {
      throw new AssertionError("only " + workers + " took part; nothing ran concurrently");
    }
    @SuppressWarnings("unchecked") // every slot holds the function's result for that input
    List<R> list = (List<R>) Arrays.asList(results);
    return List.copyOf(list);
  }
}
