package vn.egov.workbench.emf.ui.tests;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.eclipse.emf.edit.provider.resource.ResourceItemProviderAdapterFactory;

import vn.egov.workbench.architecture.model.Application;
import vn.egov.workbench.architecture.model.Architecture;
import vn.egov.workbench.architecture.model.ArchitectureFactory;
import vn.egov.workbench.architecture.model.Folder;
import vn.egov.workbench.architecture.model.FolderType;
import vn.egov.workbench.architecture.model.OrganisationUnit;
import vn.egov.workbench.architecture.model.provider.ArchitectureItemProviderAdapterFactory;

/** A small model in an editing domain, as an editor holds one: one command stack for every view. */
final class ModelFixture {

    final ComposedAdapterFactory adapters = new ComposedAdapterFactory(new org.eclipse.emf.common.notify.AdapterFactory[] {
            new ResourceItemProviderAdapterFactory(), new ArchitectureItemProviderAdapterFactory(),
            new ReflectiveItemProviderAdapterFactory() });
    final AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(adapters, new BasicCommandStack());
    final Architecture architecture = ArchitectureFactory.eINSTANCE.createArchitecture();
    final Folder applications = ArchitectureFactory.eINSTANCE.createFolder();
    final Folder organisation = ArchitectureFactory.eINSTANCE.createFolder();
    final Application iOffice = ArchitectureFactory.eINSTANCE.createApplication();
    final OrganisationUnit department = ArchitectureFactory.eINSTANCE.createOrganisationUnit();

    ModelFixture() {
        architecture.setProvince("Kon Tum");
        applications.setName("Ứng dụng");
        applications.setFolderType(FolderType.APPLICATION);
        organisation.setName("Tổ chức");
        organisation.setFolderType(FolderType.ORGANISATION);
        iOffice.setName("VNPT-iOffice");
        department.setName("Sở Thông tin và Truyền thông");
        applications.getItems().add(iOffice);
        organisation.getItems().add(department);
        architecture.getFolders().add(organisation);
        architecture.getFolders().add(applications);
        Resource resource = new XMIResourceImpl(URI.createURI("memory:/kontum.egov"));
        resource.getContents().add(architecture);
        domain.getResourceSet().getResources().add(resource);
    }
}
