package dataport.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinRequest;
import dataport.shared.Languages;
import jakarta.servlet.http.Cookie;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LanguagePreferenceTest {

    @Test
    void theAddressesLanguageComesBeforeTheRememberedOneAndTheBrowsers() {
        VaadinRequest request = request("zh", "en", Locale.ENGLISH);

        assertThat(LanguagePreference.resolve(request)).isEqualTo(Languages.CHINESE);
        assertThat(LanguagePreference.resolve(request("en", "zh-CN", Locale.CHINESE)))
                .isEqualTo(Languages.ENGLISH);
    }

    @Test
    void withoutTheParameterTheCookieThenTheBrowserDecides() {
        assertThat(LanguagePreference.resolve(request(null, "zh-CN", Locale.ENGLISH)))
                .isEqualTo(Languages.CHINESE);
        assertThat(LanguagePreference.resolve(request(null, null, Locale.SIMPLIFIED_CHINESE)))
                .isEqualTo(Languages.CHINESE);
        assertThat(LanguagePreference.resolve(request(null, null, Locale.GERMAN)))
                .isEqualTo(Languages.ENGLISH);
    }

    @Test
    void aParameterNamingNoLanguageOfOursIsIgnored() {
        assertThat(LanguagePreference.resolve(request("fr", "zh-CN", Locale.ENGLISH)))
                .isEqualTo(Languages.CHINESE);
        assertThat(LanguagePreference.fromParameter("zh-Hans")).contains(Languages.CHINESE);
        assertThat(LanguagePreference.fromParameter("EN")).contains(Languages.ENGLISH);
        assertThat(LanguagePreference.fromParameter(" ")).isEmpty();
    }

    @Test
    void switchingRewritesALanguageInTheAddressSoAReloadKeepsTheSwitch() {
        Location chinese =
                new Location("listings/42", new QueryParameters(Map.of("page", List.of("2"), "lang", List.of("zh"))));

        Location switched =
                LanguagePreference.withLanguage(chinese, Languages.ENGLISH).orElseThrow();

        assertThat(switched.getPath()).isEqualTo("listings/42");
        assertThat(switched.getQueryParameters().getParameters())
                .containsEntry("lang", List.of("en"))
                .containsEntry("page", List.of("2"));
        assertThat(LanguagePreference.withLanguage(new Location("listings/42"), Languages.ENGLISH))
                .as("an address without the parameter stays as it is")
                .isEmpty();
    }

    private static VaadinRequest request(String parameter, String cookie, Locale browser) {
        VaadinRequest request = mock(VaadinRequest.class);
        when(request.getParameter("lang")).thenReturn(parameter);
        when(request.getCookies())
                .thenReturn(cookie == null ? null : new Cookie[] {new Cookie(LanguagePreference.COOKIE, cookie)});
        when(request.getLocale()).thenReturn(browser);
        return request;
    }
}
