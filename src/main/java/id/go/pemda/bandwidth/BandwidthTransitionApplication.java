package id.go.pemda.bandwidth;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class BandwidthTransitionApplication {

  public static void main(String[] args) {
    SpringApplication.run(BandwidthTransitionApplication.class, args);
  }
}
