package io.parhub.dossier.portal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The portal's settings ({@code parhub.portal.*}) and scheduling, used by {@link PortalSchedule}. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(PortalProperties.class)
class PortalConfiguration {
}
