package vn.egov.workbench.example.smartcity.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.egov.workbench.architecture.model.Architecture;
import vn.egov.workbench.architecture.model.Application;
import vn.egov.workbench.architecture.model.ArchitectureFactory;
import vn.egov.workbench.architecture.model.kinds.ElementKinds;
import vn.egov.workbench.architecture.persistence.ModelFiles;
import vn.egov.workbench.architecture.validation.Problem;
import vn.egov.workbench.architecture.validation.RuleRegistry;
import vn.egov.workbench.architecture.validation.Validator;
import vn.egov.workbench.cli.CliInvocation;
import vn.egov.workbench.cli.ExitCodes;
import vn.egov.workbench.export.ExportInput;
import vn.egov.workbench.export.ExporterDescriptor;
import vn.egov.workbench.export.ExporterRegistry;
import vn.egov.workbench.extensions.ContributionFaults;
import vn.egov.workbench.inspection.rules.Article;
import vn.egov.workbench.inspection.rules.RuleBook;

/** Each contribution of the example, seen through the workbench's own registries (as the product uses them). */
class SmartCityPluginTest {

    private static final String ME = "vn.egov.workbench.example.smartcity";
    private static final Path SAMPLE = Path.of(System.getProperty("workbench.root"),
            "bundles/vn.egov.workbench.architecture.samples/samples/kontum-2.0.egov");

    @TempDir
    Path dir;

    @Test
    void theRuleWarnsAboutAMissingIocAndIsQuietWhenThereIsOne() throws Exception {
        assertTrue(RuleRegistry.getDefault().find(IocPresentRule.ID).isPresent());
        Architecture model = ModelFiles.load(SAMPLE);
        List<Problem> mine = Validator.validate(model).stream().filter(p -> p.ruleId().equals(IocPresentRule.ID))
                .toList();
        assertEquals(1, mine.size());
        assertTrue(mine.get(0).message(Locale.forLanguageTag("vi")).contains("điều hành thông minh"));
        Application ioc = ArchitectureFactory.eINSTANCE.createApplication();
        ioc.setName("Trung tâm giám sát, điều hành thông minh tỉnh Kon Tum");
        model.getFolders().get(0).getItems().add(ioc);
        assertTrue(Validator.validate(model).stream().noneMatch(p -> p.ruleId().equals(IocPresentRule.ID)));
    }

    @Test
    void theCatalogueAddsPressArticlesToDecree119() {
        Article a = RuleBook.getDefault().catalogue().require("119/2020", "Đ20 k2", LocalDate.of(2025, 1, 1));
        assertEquals(10_000_000L, a.organisationRange().min());
        assertTrue(a.source().startsWith(ME), a.source());
        assertTrue(SmartCityView.articles(LocalDate.of(2025, 1, 1)).contains(a), "the view lists it");
        assertTrue(RuleBook.getDefault().catalogue().find("119/2020", "Đ8 k1", LocalDate.of(2025, 1, 1)).isPresent(),
                "the built-in articles of the decree stay");
    }

    @Test
    void theMarkdownExporterWritesASummary() throws Exception {
        ExporterDescriptor markdown = ExporterRegistry.getDefault().find(ExportInput.ARCHITECTURE, "markdown")
                .orElseThrow();
        assertEquals(ME, markdown.contributor());
        List<Path> files = ExporterRegistry.getDefault().export(markdown,
                new ExportInput(ExportInput.ARCHITECTURE, ModelFiles.load(SAMPLE), "kontum", Locale.ENGLISH), dir);
        assertEquals(List.of(dir.resolve("kontum-summary.md")), files);
        String text = Files.readString(files.get(0));
        assertTrue(text.startsWith("# "), text);
        assertTrue(text.contains("| Application | Owner |") && text.contains("VNPT-iOffice"), text);
        assertTrue(text.contains("No intelligent operations centre"), text);
    }

    @Test
    void theCommandPrintsTheSummary() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
        int code = new SmartCityCommand().run(new CliInvocation(List.of(SAMPLE.toString()), ps, ps));
        assertEquals(ExitCodes.OK, code);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("## "));
    }

    @Test
    void noContributionOfTheExampleIsFaulty() {
        RuleRegistry.getDefault();
        RuleBook.getDefault();
        ExporterRegistry.getDefault();
        ElementKinds.getDefault();
        assertTrue(ContributionFaults.getDefault().all().stream().noneMatch(f -> f.contributor().startsWith(ME)),
                ContributionFaults.getDefault().all().toString());
    }
}
