package acme;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A Spring Boot application that uses Guidepost beside Boot's own Jackson: it runs the consumer and
 * reads the report's JSON with Boot's mapper. An exception ends the process with a non-zero exit
 * code.
 */
@SpringBootApplication
public class App {
  /**
   * Starts the application, runs the consumer and stops.
   *
   * @param args none
   */
  public static void main(String[] args) {
    try (ConfigurableApplicationContext context = SpringApplication.run(App.class, args)) {
      JsonMapper mapper = context.getBean(JsonMapper.class);
      JsonNode report = mapper.readTree(Consumer.run());
      if (!report.get("valid").asBoolean()) {
        throw new IllegalStateException("Boot's JsonMapper reads the report as not valid");
      }
    }
    System.out.println("consumer: ok");
  }
}
