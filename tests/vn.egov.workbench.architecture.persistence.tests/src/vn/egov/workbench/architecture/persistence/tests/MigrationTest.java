package vn.egov.workbench.architecture.persistence.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.egov.workbench.architecture.model.Architecture;
import vn.egov.workbench.architecture.model.ArchitecturePackage;
import vn.egov.workbench.architecture.model.OrganisationUnit;
import vn.egov.workbench.architecture.persistence.IModelMigration;
import vn.egov.workbench.architecture.persistence.MigrationContext;
import vn.egov.workbench.architecture.persistence.ModelFiles;
import vn.egov.workbench.architecture.persistence.ModelLoadException;
import vn.egov.workbench.architecture.persistence.ModelMigrations;
import vn.egov.workbench.architecture.persistence.internal.Messages;
import vn.egov.workbench.architecture.persistence.internal.ModelPersistence;

class MigrationTest {

    @TempDir
    Path dir;

    /** A version 1 file whose unit has an attribute that format 2 turns into a property. */
    private Path file(String version, String extraAttribute) throws Exception {
        Path file = dir.resolve("old.egov");
        Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<arch:Architecture xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:arch=\""
                + ArchitecturePackage.eNS_URI + "\" id=\"root\" name=\"Kon Tum\"" + version + ">\n"
                + "  <folders id=\"f\" name=\"Tổ chức\" folderType=\"ORGANISATION\">\n"
                + "    <items xsi:type=\"arch:OrganisationUnit\" id=\"u1\" name=\"Sở TT&amp;TT\"" + extraAttribute + "/>\n"
                + "  </folders>\n</arch:Architecture>\n");
        return file;
    }

    /** Format 2 (imagined): the "phone" attribute of format 1 became a property. */
    private static final class PhoneToProperty implements IModelMigration {
        final List<String> seen = new ArrayList<>();

        @Override
        public int fromVersion() {
            return 1;
        }

        @Override
        public int toVersion() {
            return 2;
        }

        @Override
        public void migrate(MigrationContext context) {
            seen.add("v" + context.fileVersion());
            context.model().eAllContents().forEachRemaining(o -> {
                String phone = context.takeUnknownAttribute(o, "phone");
                if (phone != null && o instanceof OrganisationUnit unit) {
                    unit.getProperties().add(SampleModels.property("điện thoại", phone));
                }
            });
        }
    }

    private static ModelPersistence version2(IModelMigration... migrations) {
        ModelMigrations registry = ModelMigrations.builtIn();
        for (IModelMigration m : migrations) {
            registry.register(m);
        }
        return new ModelPersistence(registry, 2, UnaryOperator.identity());
    }

    @Test
    void aMigrationSeesTheOldContentAndBringsTheModelUpToDate() throws Exception {
        PhoneToProperty migration = new PhoneToProperty();
        Architecture model = version2(migration).load(file(" formatVersion=\"1\"", " phone=\"0260 3862 000\""));

        assertEquals(List.of("v1"), migration.seen);
        assertEquals(2, model.getFormatVersion());
        OrganisationUnit unit = (OrganisationUnit) model.getFolders().get(0).getItems().get(0);
        assertEquals("điện thoại", unit.getProperties().get(0).getKey());
        assertEquals("0260 3862 000", unit.getProperties().get(0).getValue());
    }

    @Test
    void migrationsChainFromAnUnversionedFile() throws Exception {
        PhoneToProperty migration = new PhoneToProperty();
        Architecture model = version2(migration).load(file("", " phone=\"1\""));
        assertEquals(List.of("v0"), migration.seen, "0 -> 1 (built in), then 1 -> 2");
        assertEquals(2, model.getFormatVersion());
    }

    @Test
    void anUnversionedFileLoadsWithTheBuiltInMigration() throws Exception {
        Architecture model = ModelFiles.load(file("", ""));
        assertEquals(1, model.getFormatVersion());
        assertEquals("Sở TT&TT", ((OrganisationUnit) model.getFolders().get(0).getItems().get(0)).getName());
    }

    @Test
    void anEarlyXmiFileLoadsWithoutItsXmiVersion() throws Exception {
        Path file = dir.resolve("xmi.egov");
        Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<arch:Architecture xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:arch=\""
                + ArchitecturePackage.eNS_URI + "\" id=\"root\" name=\"Kon Tum\"/>\n");
        Architecture model = ModelFiles.load(file);
        assertEquals(1, model.getFormatVersion());
        assertEquals("Kon Tum", model.getName());
    }

    @Test
    void contentNoMigrationTookIsNotDroppedSilently() throws Exception {
        ModelLoadException e = assertThrows(ModelLoadException.class,
                () -> ModelFiles.load(file("", " phone=\"1\"")));
        assertEquals(NLS.bind(Messages.Cause_unknownContent, "phone", "OrganisationUnit u1"), e.getReason());
    }

    @Test
    void aMissingStepIsNamed() throws Exception {
        ModelLoadException e = assertThrows(ModelLoadException.class,
                () -> version2().load(file(" formatVersion=\"1\"", "")));
        assertEquals(NLS.bind(Messages.Cause_noMigration, 1, 2), e.getReason());
    }

    @Test
    void aFailingMigrationFailsTheLoadWithItsMessage() throws Exception {
        IModelMigration broken = new IModelMigration() {
            @Override
            public int fromVersion() {
                return 1;
            }

            @Override
            public int toVersion() {
                return 2;
            }

            @Override
            public void migrate(MigrationContext context) {
                throw new IllegalArgumentException("đơn vị u1 không hợp lệ");
            }
        };
        Path file = file(" formatVersion=\"1\"", "");
        byte[] before = Files.readAllBytes(file);
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> version2(broken).load(file));
        assertEquals(NLS.bind(Messages.Cause_migrationFailed, new Object[] { 1, 2, "đơn vị u1 không hợp lệ" }),
                e.getReason());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(file)));
    }

    @Test
    void theRegistryRefusesBackwardAndDuplicateSteps() {
        ModelMigrations registry = ModelMigrations.builtIn();
        PhoneToProperty step = new PhoneToProperty();
        registry.register(step);
        assertThrows(IllegalArgumentException.class, () -> registry.register(step));
        IModelMigration backwards = new IModelMigration() {
            @Override
            public int fromVersion() {
                return 2;
            }

            @Override
            public int toVersion() {
                return 2;
            }

            @Override
            public void migrate(MigrationContext context) {
            }
        };
        assertThrows(IllegalArgumentException.class, () -> registry.register(backwards));
        assertEquals(2, registry.path(0, 2).size());
    }
}
