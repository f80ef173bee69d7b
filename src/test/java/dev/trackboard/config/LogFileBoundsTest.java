package dev.trackboard.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.util.unit.DataSize;

/** A log file, when one is configured, cannot grow without bound: it rolls, and all of it is capped. */
class LogFileBoundsTest {

    @Test
    void theApplicationsLogFileRollsAndIsCappedInTotal() throws Exception {
        Properties settings = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"));

        DataSize file = DataSize.parse(settings.getProperty("logging.logback.rollingpolicy.max-file-size"));
        DataSize total = DataSize.parse(settings.getProperty("logging.logback.rollingpolicy.total-size-cap"));

        assertThat(file.toBytes()).isPositive();
        assertThat(total.toBytes()).as("Boot's default (0) means no cap").isPositive()
                .isGreaterThanOrEqualTo(file.toBytes());
    }
}
