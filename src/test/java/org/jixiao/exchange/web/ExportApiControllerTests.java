package org.jixiao.exchange.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;

import java.nio.charset.StandardCharsets;

import org.jixiao.exchange.GoalTableExports;
import org.jixiao.orgs.OrgScope;
import org.jixiao.exchange.PdfFontUnavailableException;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

/** A server without a Chinese font answers a PDF download with a reason in Chinese (503), not an error page. */
class ExportApiControllerTests {

    @Test
    void aMissingFontIsA503WithTheFixInChinese() throws Exception {
        GoalTableExports exports = mock(GoalTableExports.class);
        String reason = "无法生成 PDF：服务器上没有找到可嵌入的中文字体。请管理员安装文泉驿正黑字体";
        when(exports.unitYearPdf(eq("807001"), eq(2024), any())).thenThrow(new PdfFontUnavailableException(reason));
        when(exports.tablePdf(eq(7L), any())).thenThrow(new PdfFontUnavailableException(reason));
        MockMvc mvc = MockMvcBuilders.standaloneSetup(new ExportApiController(exports))
                .setCustomArgumentResolvers(new UnrestrictedScope()).build();
        for (String path : new String[]{"/api/v1/units/807001/years/2024/goal-tables.pdf", "/api/v1/goal-tables/7.pdf"}) {
            MvcResult result = mvc.perform(get(path)).andReturn();
            assertThat(result.getResponse().getStatus()).isEqualTo(503);
            assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
            String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(body).contains(reason, "暂时无法生成 PDF").doesNotContain("Exception", "at org.");
        }
    }

    /** Stands in for the signed-in user's scope: this test is about the font, not about who asks. */
    static final class UnrestrictedScope implements org.springframework.web.method.support.HandlerMethodArgumentResolver {
        @Override
        public boolean supportsParameter(org.springframework.core.MethodParameter parameter) {
            return parameter.getParameterType() == OrgScope.class;
        }

        @Override
        public Object resolveArgument(org.springframework.core.MethodParameter parameter,
                                      org.springframework.web.method.support.ModelAndViewContainer mav,
                                      org.springframework.web.context.request.NativeWebRequest request,
                                      org.springframework.web.bind.support.WebDataBinderFactory binders) {
            return OrgScope.unrestricted();
        }
    }
}
