package vn.egov.workbench.architecture.editor.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.eclipse.emf.ecore.EClass;

import vn.egov.workbench.architecture.model.Architecture;
import vn.egov.workbench.architecture.model.ArchitectureFactory;
import vn.egov.workbench.architecture.model.ArchitecturePackage;
import vn.egov.workbench.architecture.model.Element;
import vn.egov.workbench.architecture.model.Folder;
import vn.egov.workbench.architecture.model.FolderType;
import vn.egov.workbench.architecture.model.LifecycleStatus;
import vn.egov.workbench.architecture.model.Property;
import vn.egov.workbench.architecture.model.Relationship;

/**
 * The persistence benchmark's generated model (its generator is package-private in another fragment, so it is
 * repeated here): n elements of 8 kinds, 2n relationships, 3 key-value properties per element, {@code perFolder}
 * items per sub-folder (1,000 there; a large number gives one flat folder).
 */
final class BenchmarkModel {

    private BenchmarkModel() {
    }

    static Architecture generate(int elements, int perFolder) {
        ArchitectureFactory f = ArchitectureFactory.eINSTANCE;
        ArchitecturePackage p = ArchitecturePackage.eINSTANCE;
        EClass[] kinds = { p.getOrganisationUnit(), p.getApplication(), p.getDatabase(), p.getAdministrativeProcedure(),
                p.getIntegrationService(), p.getInfrastructure(), p.getPortal(), p.getDataEntity() };
        EClass[] relationTypes = { p.getServes(), p.getFlowsVia(), p.getAccesses(), p.getRealises() };
        Random random = new Random(2020);
        Architecture model = f.createArchitecture();
        model.setName("Kiến trúc thử tải " + elements);
        model.setProvince("Kon Tum");
        model.setFrameworkVersion("2.0");
        Folder elementRoot = folder(model, FolderType.APPLICATION, "Ứng dụng");
        Folder relationRoot = folder(model, FolderType.RELATIONS, "Quan hệ");
        List<Element> all = new ArrayList<>(elements);
        Folder current = null;
        LifecycleStatus[] statuses = LifecycleStatus.values();
        for (int i = 0; i < elements; i++) {
            if (i % perFolder == 0) {
                current = subfolder(elementRoot, "Nhóm " + i / perFolder);
            }
            Element element = (Element) f.create(kinds[i % kinds.length]);
            element.setName("Phần tử số " + i);
            element.setCode("PT-" + i);
            element.setLifecycleStatus(statuses[i % statuses.length]);
            element.getProperties().add(property("đơn vị", "Sở Thông tin và Truyền thông"));
            element.getProperties().add(property("năm", Integer.toString(2020 + i % 6)));
            element.getProperties().add(property("ghi chú", "giá trị " + i));
            current.getItems().add(element);
            all.add(element);
        }
        int relationships = 2 * elements;
        for (int i = 0; i < relationships; i++) {
            if (i % perFolder == 0) {
                current = subfolder(relationRoot, "Quan hệ " + i / perFolder);
            }
            Relationship relationship = (Relationship) f.create(relationTypes[i % relationTypes.length]);
            relationship.setSource(all.get(i / 2));
            relationship.setTarget(all.get(random.nextInt(elements)));
            current.getItems().add(relationship);
        }
        return model;
    }

    private static Folder folder(Architecture model, FolderType type, String name) {
        Folder folder = ArchitectureFactory.eINSTANCE.createFolder();
        folder.setFolderType(type);
        folder.setName(name);
        model.getFolders().add(folder);
        return folder;
    }

    private static Folder subfolder(Folder parent, String name) {
        Folder folder = ArchitectureFactory.eINSTANCE.createFolder();
        folder.setName(name);
        parent.getFolders().add(folder);
        return folder;
    }

    private static Property property(String key, String value) {
        Property property = ArchitectureFactory.eINSTANCE.createProperty();
        property.setKey(key);
        property.setValue(value);
        return property;
    }
}
