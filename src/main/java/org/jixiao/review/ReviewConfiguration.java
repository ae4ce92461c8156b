package org.jixiao.review;

import org.jixiao.review.domain.ReviewChains;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;

/**
 * The review chains, read once at start from {@code jixiao.review.chains} (default: the shipped
 * {@code classpath:review/chains/default.json}; a finance bureau points it at its own file, e.g.
 * {@code file:/etc/jixiao/review-chains.json}).
 */
@Configuration(proxyBeanMethods = false)
class ReviewConfiguration {

    @Bean
    ReviewChains reviewChains(ResourceLoader loader,
                              @Value("${jixiao.review.chains:" + ReviewChainReader.DEFAULT_LOCATION + "}")
                              String location) {
        return new ReviewChainReader(loader).read(location);
    }
}
