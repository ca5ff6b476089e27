package vn.egov.workbench.architecture.persistence.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.eclipse.emf.ecore.EClass;

import vn.egov.workbench.architecture.model.Architecture;
import vn.egov.workbench.architecture.model.Element;
import vn.egov.workbench.architecture.model.Folder;
import vn.egov.workbench.architecture.model.FolderType;
import vn.egov.workbench.architecture.model.LifecycleStatus;
import vn.egov.workbench.architecture.model.Relationship;

/** Generated models for the benchmark: n elements, 2n relationships, 3 properties per element. */
final class BenchmarkModels {

    private static final int PER_FOLDER = 1000;

    private BenchmarkModels() {
    }

    static Architecture generate(int elements) {
        var f = SampleModels.F;
        var p = SampleModels.P;
        EClass[] kinds = { p.getOrganisationUnit(), p.getApplication(), p.getDatabase(), p.getAdministrativeProcedure(),
                p.getIntegrationService(), p.getInfrastructure(), p.getPortal(), p.getDataEntity() };
        EClass[] relationTypes = { p.getServes(), p.getFlowsVia(), p.getAccesses(), p.getRealises() };
        Random random = new Random(2020);
        Architecture model = f.createArchitecture();
        model.setName("Kiến trúc thử tải " + elements);
        model.setProvince("Kon Tum");
        model.setFrameworkVersion("2.0");
        Folder elementRoot = SampleModels.folder(model, FolderType.APPLICATION);
        Folder relationRoot = SampleModels.folder(model, FolderType.RELATIONS);
        List<Element> all = new ArrayList<>(elements);
        Folder current = null;
        LifecycleStatus[] statuses = LifecycleStatus.values();
        for (int i = 0; i < elements; i++) {
            if (i % PER_FOLDER == 0) {
                current = subfolder(elementRoot, "Nhóm " + i / PER_FOLDER);
            }
            Element element = (Element) f.create(kinds[i % kinds.length]);
            element.setName("Phần tử số " + i);
            element.setCode("PT-" + i);
            element.setLifecycleStatus(statuses[i % statuses.length]);
            element.getProperties().add(SampleModels.property("đơn vị", "Sở Thông tin và Truyền thông"));
            element.getProperties().add(SampleModels.property("năm", Integer.toString(2020 + i % 6)));
            element.getProperties().add(SampleModels.property("ghi chú", "giá trị " + i));
            current.getItems().add(element);
            all.add(element);
        }
        int relationships = 2 * elements;
        for (int i = 0; i < relationships; i++) {
            if (i % PER_FOLDER == 0) {
                current = subfolder(relationRoot, "Quan hệ " + i / PER_FOLDER);
            }
            Relationship relationship = (Relationship) f.create(relationTypes[i % relationTypes.length]);
            relationship.setSource(all.get(i / 2));
            relationship.setTarget(all.get(random.nextInt(elements)));
            current.getItems().add(relationship);
        }
        return model;
    }

    private static Folder subfolder(Folder parent, String name) {
        Folder folder = SampleModels.F.createFolder();
        folder.setName(name);
        parent.getFolders().add(folder);
        return folder;
    }
}
