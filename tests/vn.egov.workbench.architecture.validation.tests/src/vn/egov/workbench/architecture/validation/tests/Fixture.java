package vn.egov.workbench.architecture.validation.tests;

import java.time.LocalDate;

import vn.egov.workbench.architecture.model.AccessMode;
import vn.egov.workbench.architecture.model.Accesses;
import vn.egov.workbench.architecture.model.AdministrativeProcedure;
import vn.egov.workbench.architecture.model.Application;
import vn.egov.workbench.architecture.model.Architecture;
import vn.egov.workbench.architecture.model.ArchitectureFactory;
import vn.egov.workbench.architecture.model.DataEntity;
import vn.egov.workbench.architecture.model.Diagram;
import vn.egov.workbench.architecture.model.DiagramConnection;
import vn.egov.workbench.architecture.model.DiagramNode;
import vn.egov.workbench.architecture.model.Element;
import vn.egov.workbench.architecture.model.FlowsVia;
import vn.egov.workbench.architecture.model.Folder;
import vn.egov.workbench.architecture.model.FolderItem;
import vn.egov.workbench.architecture.model.FolderType;
import vn.egov.workbench.architecture.model.GovernmentLevel;
import vn.egov.workbench.architecture.model.IntegrationPlatform;
import vn.egov.workbench.architecture.model.IntegrationPlatformKind;
import vn.egov.workbench.architecture.model.OnlineServiceLevel;
import vn.egov.workbench.architecture.model.OrganisationUnit;
import vn.egov.workbench.architecture.model.Policy;
import vn.egov.workbench.architecture.model.Project;
import vn.egov.workbench.architecture.model.Relationship;
import vn.egov.workbench.architecture.model.Serves;

/** A small model that breaks no rule; each test breaks one thing in it. */
final class Fixture {

    static final ArchitectureFactory F = ArchitectureFactory.eINSTANCE;

    final Architecture model = F.createArchitecture();
    final Folder folder = F.createFolder();
    final OrganisationUnit province = F.createOrganisationUnit();
    final OrganisationUnit department = F.createOrganisationUnit();
    final OrganisationUnit district = F.createOrganisationUnit();
    final Application portal = F.createApplication();
    final Application office = F.createApplication();
    final AdministrativeProcedure procedure = F.createAdministrativeProcedure();
    final DataEntity documents = F.createDataEntity();
    final IntegrationPlatform lgsp = F.createIntegrationPlatform();
    final IntegrationPlatform ngsp = F.createIntegrationPlatform();
    final Policy policy = F.createPolicy();
    final Project project = F.createProject();
    final Serves serves = F.createServes();
    final Accesses accesses = F.createAccesses();
    final FlowsVia officeViaLgsp = F.createFlowsVia();
    final FlowsVia lgspViaNgsp = F.createFlowsVia();
    final Diagram diagram = F.createDiagram();
    final DiagramNode portalNode = F.createDiagramNode();
    final DiagramNode procedureNode = F.createDiagramNode();
    final DiagramConnection connection = F.createDiagramConnection();

    Fixture() {
        model.setName("Kiến trúc thử");
        model.setFrameworkVersion("2.0");
        model.setPeriodFrom(2020);
        model.setPeriodTo(2025);
        model.getFolders().add(folder);
        folder.setFolderType(FolderType.USER);
        named(province, "UBND tỉnh", "UBND");
        named(department, "Sở Thông tin và Truyền thông", "STTTT");
        department.setParent(province);
        named(district, "UBND huyện Đăk Hà", "DAKHA");
        district.setLevel(GovernmentLevel.DISTRICT);
        district.setParent(province);
        named(portal, "Cổng dịch vụ công", "DVC");
        portal.setOwner(department);
        portal.setSecurityLevel(3);
        named(office, "VNPT-iOffice", "IOFFICE");
        office.setOwner(district);
        office.setSecurityLevel(2);
        named(procedure, "Cấp giấy phép bưu chính", "TTHC-1");
        procedure.setOnlineServiceLevel(OnlineServiceLevel.LEVEL_4);
        named(documents, "Văn bản điện tử", "VB");
        documents.setOwner(department);
        named(lgsp, "LGSP tỉnh", "LGSP");
        lgsp.setPlatformKind(IntegrationPlatformKind.LGSP);
        named(ngsp, "NGSP", "NGSP");
        ngsp.setPlatformKind(IntegrationPlatformKind.NGSP);
        named(policy, "Nghị định 85/2016/NĐ-CP", "ND85");
        policy.setNumber("85/2016/NĐ-CP");
        policy.setIssueDate(LocalDate.of(2016, 7, 1));
        named(project, "Nâng cấp LGSP", "DA-1");
        project.setStartYear(2021);
        project.setEndYear(2022);
        project.setBudgetVnd(5_000_000_000L);
        connect(serves, portal, procedure);
        connect(accesses, office, documents);
        accesses.setAccessMode(AccessMode.READ);
        connect(officeViaLgsp, office, lgsp);
        connect(lgspViaNgsp, lgsp, ngsp);
        diagram.setName("Sơ đồ tổng thể");
        folder.getItems().add(diagram);
        portalNode.setElement(portal);
        procedureNode.setElement(procedure);
        diagram.getChildren().add(portalNode);
        diagram.getChildren().add(procedureNode);
        connection.setRelationship(serves);
        connection.setSource(portalNode);
        connection.setTarget(procedureNode);
        diagram.getConnections().add(connection);
    }

    private void named(Element e, String name, String code) {
        e.setName(name);
        e.setCode(code);
        add(e);
    }

    void add(FolderItem item) {
        folder.getItems().add(item);
    }

    void connect(Relationship r, Element source, Element target) {
        r.setSource(source);
        r.setTarget(target);
        add(r);
    }
}
