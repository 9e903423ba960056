package dataport.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SiteUrlTest {

    @Test
    void aTrailingSlashOfTheConfiguredAddressIsDropped() {
        assertThat(new SiteUrl("https://dataport.example/").base()).isEqualTo("https://dataport.example");
        assertThat(new SiteUrl("http://localhost:8080").of("onboarding")).isEqualTo("http://localhost:8080/onboarding");
        assertThat(new SiteUrl("http://localhost:8080/").of("/orders/7")).isEqualTo("http://localhost:8080/orders/7");
    }

    @Test
    void aRouteTakesOneQueryParameter() {
        assertThat(new SiteUrl("https://dataport.example/").of("verify", "token", "Abc-_9"))
                .isEqualTo("https://dataport.example/verify?token=Abc-_9");
    }
}
