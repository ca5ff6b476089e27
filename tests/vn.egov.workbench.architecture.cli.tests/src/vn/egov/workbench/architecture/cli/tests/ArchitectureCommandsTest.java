package vn.egov.workbench.architecture.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.egov.workbench.architecture.model.Application;
import vn.egov.workbench.architecture.model.Architecture;
import vn.egov.workbench.architecture.model.Element;
import vn.egov.workbench.architecture.model.Relationship;
import vn.egov.workbench.architecture.persistence.ModelFiles;
import vn.egov.workbench.architecture.samples.Templates;
import vn.egov.workbench.cli.ExitCodes;
import vn.egov.workbench.cli.internal.Cli;
import vn.egov.workbench.cli.internal.CommandRegistry;

/** validate, stats and export, run as ./workbench runs them (English: the tests run with -Dosgi.nl=en). */
class ArchitectureCommandsTest {

    @TempDir
    Path dir;

    private Path sample;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void copySample() throws Exception {
        sample = dir.resolve("kontum-2.0.egov");
        try (InputStream in = Templates.url(Templates.find("kontum-2.0").orElseThrow()).openStream()) {
            Files.copy(in, sample);
        }
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return new Cli(CommandRegistry.getDefault(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static List<EObject> contents(Architecture model) {
        List<EObject> all = new java.util.ArrayList<>();
        model.eAllContents().forEachRemaining(all::add);
        return all;
    }

    @Test
    void theSampleIsValid() {
        assertEquals(ExitCodes.OK, run("validate", sample.toString()), out() + err());
        assertTrue(out().contains(": 0 error(s), 0 warning(s), 0 note(s); 20 rules checked."), out());
        assertTrue(out().endsWith("The model is valid." + System.lineSeparator()), out());
    }

    @Test
    void errorsArePrintedWithRuleAndElementAndExitOne() throws Exception {
        Architecture model = ModelFiles.load(sample);
        Application office = contents(model).stream().filter(Application.class::isInstance)
                .map(Application.class::cast).filter(a -> "IOFFICE".equals(a.getCode())).findFirst().orElseThrow();
        office.setOwner(null);
        office.setSecurityLevel(0);
        model.getDisabledRules().add("arch.application.security-level");
        Path broken = dir.resolve("broken.egov");
        ModelFiles.save(model, broken);
        assertEquals(ExitCodes.FINDINGS, run("validate", broken.toString()));
        assertTrue(out().contains("error [arch.application.owner] application “Phần mềm quản lý văn bản và điều hành "
                + "VNPT-iOffice” has no owning unit"), out());
        assertFalse(out().contains("[arch.application.security-level]"), "switched off in the model: " + out());
        assertTrue(out().contains("Rules switched off in this model: arch.application.security-level"), out());
        assertTrue(out().contains(": 1 error(s)"), out());
        assertTrue(out().contains("The model has errors."), out());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "missing file    | -                                                          | does not exist",
            "not XML         | hello                                                      | (line 1, column 1)",
            "truncated       | <?xml version=\"1.0\"?><arch:Architecture xmlns:arch=\"http://egov.vn/workbench/architecture/2.0\" name=\"x\"> | Cannot read the model file",
            "wrong root      | <?xml version=\"1.0\"?><other xmlns=\"urn:x\"/>              | Cannot read the model file",
            "unknown feature | <?xml version=\"1.0\"?><arch:Architecture xmlns:arch=\"http://egov.vn/workbench/architecture/2.0\" colour=\"red\"/> | colour",
            "dangling ref    | <?xml version=\"1.0\"?><arch:Architecture xmlns:arch=\"http://egov.vn/workbench/architecture/2.0\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><folders><items xsi:type=\"arch:Application\" id=\"a\" owner=\"nobody\"/></folders></arch:Architecture> | nobody",
            "external entity | <?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><a>&x;</a> | DOCTYPE",
    })
    void brokenFilesExitTwoWithAClearMessage(String why, String content, String expected) throws Exception {
        Path file = dir.resolve("bad.egov");
        if (!"-".equals(content)) {
            Files.writeString(file, content, StandardCharsets.UTF_8);
        }
        for (String command : List.of("validate", "stats", "export")) {
            String[] args = command.equals("export") ? new String[] { command, file.toString(), "--format", "csv",
                    "--out", dir.resolve("out").toString() } : new String[] { command, file.toString() };
            assertEquals(ExitCodes.USAGE, run(args), command + ": " + out() + err());
            assertTrue(err().contains(expected) && err().contains(file.toString()), command + ": " + err());
        }
        assertFalse(Files.exists(dir.resolve("out").resolve("bad-elements.csv")), "nothing exported");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "validate                          | Usage: ./workbench validate FILE",
            "validate a.egov b.egov            | Unexpected argument 'b.egov'",
            "stats --verbose x.egov            | --verbose",
            "export SAMPLE                     | --format",
            "export SAMPLE --format xml        | xml",
    })
    void badUsageExitsTwo(String commandLine, String expected) {
        String[] args = Arrays.stream(commandLine.split(" ")).map(a -> a.equals("SAMPLE") ? sample.toString() : a)
                .toArray(String[]::new);
        assertEquals(ExitCodes.USAGE, run(args));
        assertTrue(err().contains(expected), err());
    }

    @Test
    void statsCountsByKindDomainAndType() throws Exception {
        List<EObject> all = contents(ModelFiles.load(sample));
        long elements = all.stream().filter(Element.class::isInstance).count();
        long relations = all.stream().filter(Relationship.class::isInstance).count();
        long portals = all.stream().filter(o -> o.eClass().getName().equals("Portal")).count();
        assertEquals(ExitCodes.OK, run("stats", sample.toString()), err());
        String text = out();
        assertTrue(text.contains("Model: Kiến trúc Chính quyền điện tử tỉnh Kon Tum (phiên bản 2.0) (framework version 2.0)"), text);
        assertTrue(text.contains("Elements: " + elements + System.lineSeparator()), text);
        assertTrue(text.contains("Relationships: " + relations + System.lineSeparator()), text);
        assertTrue(text.matches("(?s).*  portal \\(Portal\\) +" + portals + "\\R.*"), text);
        assertTrue(text.matches("(?s).*  organisation +33\\R.*"), "33 units: " + text);
        assertTrue(text.matches("(?s).*  flows-via relationship \\(FlowsVia\\) +4\\R.*"), text);
        assertTrue(text.contains("Diagrams: 1"), text);
    }

    @Test
    void csvExportHasEveryElementRelationAndPropertyInUtf8() throws Exception {
        Path target = dir.resolve("xuất");
        assertEquals(ExitCodes.OK, run("export", sample.toString(), "--format", "csv", "--out", target.toString()),
                err());
        List<EObject> all = contents(ModelFiles.load(sample));
        List<CSVRecord> elements = read(target.resolve("kontum-2.0-elements.csv"));
        assertEquals(all.stream().filter(Element.class::isInstance).count(), elements.size());
        CSVRecord dvc = elements.stream().filter(r -> r.get("code").equals("CONG-DVC")).findFirst().orElseThrow();
        assertEquals("Cổng dịch vụ công tỉnh Kon Tum", dvc.get("name"));
        assertEquals("Portal", dvc.get("kind"));
        assertEquals("application", dvc.get("domain"));
        assertEquals(idOf(all, "VP-UBND"), dvc.get("owner"));
        assertTrue(dvc.get("attributes").contains("securityLevel=3"), dvc.get("attributes"));
        assertTrue(dvc.get("attributes").contains("url=https://hanhchinhcong.kontum.gov.vn"), dvc.get("attributes"));
        List<CSVRecord> relations = read(target.resolve("kontum-2.0-relations.csv"));
        assertEquals(all.stream().filter(Relationship.class::isInstance).count(), relations.size());
        assertTrue(relations.stream().anyMatch(r -> r.get("type").equals("FlowsVia") && r.get("source").equals(idOf(all, "LGSP"))
                && r.get("target").equals(idOf(all, "NGSP"))));
        List<CSVRecord> properties = read(target.resolve("kontum-2.0-properties.csv"));
        assertTrue(properties.stream().anyMatch(r -> r.get("owner").equals(idOf(all, "CONG-DVC"))
                && r.get("key").equals("DVC mức độ 4") && r.get("value").equals("415")));
        assertTrue(out().contains("Written: " + target.resolve("kontum-2.0-elements.csv")), out());
        try (Stream<Path> files = Files.list(target)) {
            assertEquals(3, files.count(), "no temporary file left");
        }
    }

    @Test
    void jsonExportIsOneUtf8File() throws Exception {
        assertEquals(ExitCodes.OK, run("export", sample.toString(), "--format", "JSON", "--out", dir.toString()), err());
        String json = Files.readString(dir.resolve("kontum-2.0.json"), StandardCharsets.UTF_8);
        String id = ModelFiles.load(sample).getId();
        assertTrue(json.startsWith("{\n  \"model\": {\"id\": \"" + id + "\", \"name\": \"Kiến trúc Chính quyền"), json);
        assertTrue(json.contains("\"code\": \"CONG-DVC\", \"name\": \"Cổng dịch vụ công tỉnh Kon Tum\""), json);
        assertTrue(json.contains("\"key\": \"Số điểm kết nối\", \"value\": \"14\""), json);
        assertTrue(json.contains("\\\"Kết quả thực hiện nhiệm vụ"), "quotes in text are escaped");
        assertTrue(json.contains("\"attributes\": {\"securityLevel\": \"3\""), json);
        assertEquals(count(json, '{'), count(json, '}'));
        assertEquals(count(json, '['), count(json, ']'));
    }

    /** The id of the element with the code (the sample's ids are UUIDs). */
    private static String idOf(List<EObject> all, String code) {
        return all.stream().filter(Element.class::isInstance).map(Element.class::cast)
                .filter(e -> code.equals(e.getCode())).findFirst().orElseThrow().getId();
    }

    private static long count(String s, char c) {
        return s.chars().filter(x -> x == c).count();
    }

    private static List<CSVRecord> read(Path file) throws Exception {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
    }
}
