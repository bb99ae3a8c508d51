package io.parhub.procedure.transfer;

import java.util.Map;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Catalogue files are larger than Spring's default upload limit of 1 MB (the 415 seed procedures are about 3 MB
 * as CSV). The limits are added as the lowest-precedence defaults, so {@code application.yml} or an environment
 * variable still decides when it sets {@code spring.servlet.multipart.*}. A factory post-processor runs before the
 * web server (and its multipart configuration) is created.
 */
@Configuration(proxyBeanMethods = false)
class TransferConfiguration {

    @Bean
    static BeanFactoryPostProcessor procedureTransferUploadLimits(ConfigurableEnvironment environment) {
        return factory -> environment.getPropertySources().addLast(new MapPropertySource(
                "procedure-transfer-upload-limits", Map.of(
                        "spring.servlet.multipart.max-file-size", Upload.MAX_BYTES,
                        "spring.servlet.multipart.max-request-size", Upload.MAX_BYTES + 1024 * 1024)));
    }
}
