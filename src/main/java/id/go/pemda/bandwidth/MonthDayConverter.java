package id.go.pemda.bandwidth;

import java.time.MonthDay;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/** Reads a day of the year as ISO writes it ({@code --03-31}) in the application's settings. */
@Component
@ConfigurationPropertiesBinding
public class MonthDayConverter implements Converter<String, MonthDay> {

  @Override
  public MonthDay convert(String source) {
    return MonthDay.parse(source.strip());
  }
}
