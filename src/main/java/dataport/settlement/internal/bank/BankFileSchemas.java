package dataport.settlement.internal.bank;

import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The official ISO 20022 schemas (src/main/resources/iso20022, source and checksums in SOURCE.md). Prowide builds
 * and parses the messages; these decide whether a file is valid. External entities and schema fetches are off.
 */
public enum BankFileSchemas {
    PAIN_001_001_09("iso20022/pain.001.001.09.xsd"),
    PAIN_002_001_10("iso20022/pain.002.001.10.xsd");

    private final String resource;
    private volatile Schema schema;

    BankFileSchemas(String resource) {
        this.resource = resource;
    }

    public String resource() {
        return resource;
    }

    /** Every problem the schema finds ("line 12: ..."); empty when the document is valid. */
    public List<String> problems(String xml) {
        List<String> problems = new ArrayList<>();
        Validator validator = schema().newValidator();
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {}

                @Override
                public void error(SAXParseException e) {
                    problems.add("line " + e.getLineNumber() + ": " + e.getMessage());
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    problems.add("line " + e.getLineNumber() + ": " + e.getMessage());
                    throw e;
                }
            });
            validator.validate(new StreamSource(new StringReader(xml)));
        } catch (SAXException e) {
            if (problems.isEmpty()) {
                problems.add(e.getMessage());
            }
        } catch (IOException e) {
            problems.add(e.getMessage());
        }
        return problems;
    }

    private Schema schema() {
        Schema s = schema;
        if (s == null) {
            synchronized (this) {
                if (schema == null) {
                    URL url = BankFileSchemas.class.getClassLoader().getResource(resource);
                    if (url == null) {
                        throw new IllegalStateException("Missing schema " + resource);
                    }
                    try {
                        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
                        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
                        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
                        schema = factory.newSchema(url);
                    } catch (SAXException e) {
                        throw new IllegalStateException("Unreadable schema " + resource, e);
                    }
                }
                s = schema;
            }
        }
        return s;
    }
}
