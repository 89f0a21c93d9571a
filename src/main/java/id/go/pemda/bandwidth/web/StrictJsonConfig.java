package id.go.pemda.bandwidth.web;

import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A text field of the application's API takes a JSON string, nothing else: a description sent
 * as a number or a boolean is the client's mistake (400 naming the field), not a text "42".
 * Unknown fields and numbers for enums are refused too (application.yml).
 */
@Configuration
public class StrictJsonConfig {

  @Bean
  Jackson2ObjectMapperBuilderCustomizer textIsText() {
    return builder -> builder.postConfigurer(mapper -> {
      var textual = mapper.coercionConfigFor(LogicalType.Textual);
      textual.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
      textual.setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
      textual.setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    });
  }
}
