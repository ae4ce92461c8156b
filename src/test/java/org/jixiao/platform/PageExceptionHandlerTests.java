package org.jixiao.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.jixiao.shared.ValidationException;
import org.jixiao.shared.VersionConflictException;
import org.jixiao.shared.Violation;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.ui.ExtendedModelMap;

/**
 * A page that lets a refusal or a version conflict escape still answers with a Chinese message and 400/409, never a
 * server error.
 */
class PageExceptionHandlerTests {

    private final PageExceptionHandler handler = new PageExceptionHandler(new ViolationMessages(messages()));

    @Test
    void aRefusalNotShownAtItsFieldsIsA400ListingEveryViolation() {
        ExtendedModelMap model = new ExtendedModelMap();
        String view = handler.invalid(new ValidationException(List.of(Violation.of("required", "name"),
                Violation.of("version.invalid", "version"))), model);

        assertThat(view).isEqualTo("error");
        assertThat(model.get("status")).isEqualTo(400);
        assertThat((String) model.get("message")).isEqualTo("此项为必填项；版本号应为非负整数。未保存，请返回修改后重试。");
    }

    @Test
    void aVersionConflictIsA409NamingBothVersions() {
        ExtendedModelMap model = new ExtendedModelMap();
        handler.conflict(new VersionConflictException("x", 3, 4), model);

        assertThat(model.get("status")).isEqualTo(409);
        assertThat((String) model.get("message")).contains("第 3 版").contains("第 4 版");
    }

    private static StaticMessageSource messages() {
        StaticMessageSource source = new StaticMessageSource();
        source.addMessage("violation.required", java.util.Locale.SIMPLIFIED_CHINESE, "此项为必填项");
        source.addMessage("violation.version.invalid", java.util.Locale.SIMPLIFIED_CHINESE, "版本号应为非负整数");
        return source;
    }
}
