package dataport.opendata;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;

/**
 * The official DCAT-AP 3.0.1 SHACL shapes (src/test/resources/dcat-ap-3.0.1, see its NOTICE): the shapes themselves
 * and the value classes ({@code ranges.ttl}), validated with Apache Jena SHACL.
 */
final class DcatShapes {

    private DcatShapes() {}

    static ValidationReport validate(Model data) {
        return ShaclValidator.get().validate(SHAPES, data.getGraph());
    }

    /** The report as Turtle, to print when a graph does not conform. */
    static String describe(ValidationReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, report.getModel(), Lang.TURTLE);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** Parses a catalogue page as a client would. */
    static Model parse(byte[] body, Lang lang) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.source(new ByteArrayInputStream(body)).lang(lang).parse(model);
        return model;
    }

    private static Shapes load() {
        Model shapes = ModelFactory.createDefaultModel();
        for (String file : new String[] {"dcat-ap-SHACL.ttl", "ranges.ttl"}) {
            try (InputStream in = DcatShapes.class.getResourceAsStream("/dcat-ap-3.0.1/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("Missing shapes file " + file);
                }
                RDFParser.source(in).lang(Lang.TURTLE).parse(shapes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        DANGLING.addAll(dropDanglingPropertyShapes(shapes));
        Graph graph = shapes.getGraph();
        return Shapes.parse(graph);
    }

    /**
     * The property shapes that the official files name but never define: DCAT-AP 3.0.1's {@code ranges.ttl} links five
     * (the {@code rdfs:Resource} ranges of 3.0.0, removed in 3.0.1 but still linked); Jena (rightly) refuses such a
     * shapes graph. The links are dropped here rather than the file edited, and DcatShapesTest checks which they are.
     */
    static final List<String> DANGLING = new ArrayList<>();

    private static final Shapes SHAPES = load();

    private static List<String> dropDanglingPropertyShapes(Model shapes) {
        Property property = shapes.createProperty("http://www.w3.org/ns/shacl#property");
        List<Statement> dangling = shapes.listStatements(null, property, (RDFNode) null)
                .filterKeep(s -> s.getObject().isURIResource()
                        && !shapes.listStatements(s.getObject().asResource(), null, (RDFNode) null)
                                .hasNext())
                .toList();
        shapes.remove(dangling);
        return dangling.stream().map(s -> s.getObject().asResource().getURI()).toList();
    }
}
