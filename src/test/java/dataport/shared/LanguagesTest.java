package dataport.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LanguagesTest {

    private final List<String> mixed = List.of("cloud-storage", "云存储", "s3", "对象存储");

    @Test
    void showsTagsWrittenInTheReadersLanguage() {
        assertThat(Languages.tagsFor(mixed, Languages.ENGLISH)).containsExactly("cloud-storage", "s3");
        assertThat(Languages.tagsFor(mixed, Languages.CHINESE)).containsExactly("云存储", "对象存储");
    }

    @Test
    void showsAllTagsWhenNoneAreInTheReadersLanguage() {
        assertThat(Languages.tagsFor(List.of("gdpr", "pipl"), Languages.CHINESE))
                .containsExactly("gdpr", "pipl");
    }

    @Test
    void chineseListsUseTheEnumerationComma() {
        assertThat(String.join(Languages.listSeparator(Languages.CHINESE), "英语", "中文"))
                .isEqualTo("英语、中文");
        assertThat(String.join(Languages.listSeparator(Languages.ENGLISH), "English", "Chinese"))
                .isEqualTo("English, Chinese");
    }
}
