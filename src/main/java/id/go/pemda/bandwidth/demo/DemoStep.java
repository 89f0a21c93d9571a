package id.go.pemda.bandwidth.demo;

/**
 * One part of the demo data, prepared at every start of the demo profile by {@link DemoStartup}
 * in the order of its {@code @Order}. Idempotent: a second start on the same database changes
 * nothing.
 */
public interface DemoStep {

  void prepare() throws Exception;
}
