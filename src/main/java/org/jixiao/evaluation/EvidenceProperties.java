package org.jixiao.evaluation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the evidence files ({@code jixiao.evaluation.evidence.*}).
 *
 * @param maxSize largest accepted file, default 20 MB (Spring's multipart limit,
 *                {@code spring.servlet.multipart.max-file-size}, is the outer fence: raise both together)
 */
@ConfigurationProperties("jixiao.evaluation.evidence")
public record EvidenceProperties(DataSize maxSize) {

    public EvidenceProperties {
        maxSize = maxSize == null ? DataSize.ofMegabytes(20) : maxSize;
    }
}
