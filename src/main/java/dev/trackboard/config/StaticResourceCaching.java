package dev.trackboard.config;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Cache headers and pre-compressed copies for the frontend bundle's files and stylesheets (docs/decisions/0051). */
@Configuration(proxyBeanMethods = false)
class StaticResourceCaching {

    static final String BUILD_FILES = "/VAADIN/build/*";

    @Bean
    FilterRegistrationBean<ImmutableBuildFilesFilter> immutableBuildFiles() {
        FilterRegistrationBean<ImmutableBuildFilesFilter> registration =
                new FilterRegistrationBean<>(new ImmutableBuildFilesFilter());
        registration.addUrlPatterns(BUILD_FILES);
        return registration;
    }

    @Bean
    FilterRegistrationBean<PrecompressedFilesFilter> precompressedFiles() {
        FilterRegistrationBean<PrecompressedFilesFilter> registration =
                new FilterRegistrationBean<>(new PrecompressedFilesFilter());
        registration.addUrlPatterns("/lumo/*", "/styles/*", PrecompressedFilesFilter.PUSH_SCRIPT);
        return registration;
    }
}
