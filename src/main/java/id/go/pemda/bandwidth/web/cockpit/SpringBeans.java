package id.go.pemda.bandwidth.web.cockpit;

import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.stereotype.Component;

/**
 * The bridge from Cockpit's Jersey resources, which Jersey instantiates without Spring, to the
 * application's beans. Spring sets it when the context starts; Cockpit calls only after that.
 */
@Component
public class SpringBeans implements ApplicationContextAware {

  private static ApplicationContext context;

  @Override
  public void setApplicationContext(ApplicationContext applicationContext) {
    setContext(applicationContext);
  }

  private static synchronized void setContext(ApplicationContext applicationContext) {
    context = applicationContext;
  }

  static synchronized <T> T get(Class<T> type) {
    if (context == null) {
      throw new IllegalStateException("The application context is not started yet");
    }
    return context.getBean(type);
  }
}
