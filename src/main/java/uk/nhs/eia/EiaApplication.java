package uk.nhs.eia;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

@Modulithic(systemName = "EIA workflow")
@SpringBootApplication
@ConfigurationPropertiesScan
public class EiaApplication {

    public static void main(String[] args) {
        SpringApplication.run(EiaApplication.class, args);
    }
}
