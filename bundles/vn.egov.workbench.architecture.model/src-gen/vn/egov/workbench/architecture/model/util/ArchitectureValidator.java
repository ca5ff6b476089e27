/**
 * Copyright (c) e-Government Workbench contributors. Generated from model/architecture.ecore.
 */
package vn.egov.workbench.architecture.model.util;

import java.time.LocalDate;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.EObjectValidator;

import vn.egov.workbench.architecture.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Validator</b> for the model.
 * <!-- end-user-doc -->
 * @see vn.egov.workbench.architecture.model.ArchitecturePackage
 * @generated
 */
public class ArchitectureValidator extends EObjectValidator {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final ArchitectureValidator INSTANCE = new ArchitectureValidator();

	/**
	 * A constant for the {@link org.eclipse.emf.common.util.Diagnostic#getSource() source} of diagnostic {@link org.eclipse.emf.common.util.Diagnostic#getCode() codes} from this package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see org.eclipse.emf.common.util.Diagnostic#getSource()
	 * @see org.eclipse.emf.common.util.Diagnostic#getCode()
	 * @generated
	 */
	public static final String DIAGNOSTIC_SOURCE = "vn.egov.workbench.architecture.model";

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final int GENERATED_DIAGNOSTIC_CODE_COUNT = 0;

	/**
	 * A constant with a fixed name that can be used as the base value for additional hand written constants in a derived class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static final int DIAGNOSTIC_CODE_COUNT = GENERATED_DIAGNOSTIC_CODE_COUNT;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ArchitectureValidator() {
		super();
	}

	/**
	 * Returns the package of this validator switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EPackage getEPackage() {
	  return ArchitecturePackage.eINSTANCE;
	}

	/**
	 * Calls <code>validateXXX</code> for the corresponding classifier of the model.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean validate(int classifierID, Object value, DiagnosticChain diagnostics, Map<Object, Object> context) {
		switch (classifierID) {
			case ArchitecturePackage.PROPERTIES_HOLDER:
				return validatePropertiesHolder((PropertiesHolder)value, diagnostics, context);
			case ArchitecturePackage.PROPERTY:
				return validateProperty((Property)value, diagnostics, context);
			case ArchitecturePackage.ARCHITECTURE_OBJECT:
				return validateArchitectureObject((ArchitectureObject)value, diagnostics, context);
			case ArchitecturePackage.NAMED_ELEMENT:
				return validateNamedElement((NamedElement)value, diagnostics, context);
			case ArchitecturePackage.ARCHITECTURE:
				return validateArchitecture((Architecture)value, diagnostics, context);
			case ArchitecturePackage.FOLDER:
				return validateFolder((Folder)value, diagnostics, context);
			case ArchitecturePackage.FOLDER_ITEM:
				return validateFolderItem((FolderItem)value, diagnostics, context);
			case ArchitecturePackage.ELEMENT:
				return validateElement((Element)value, diagnostics, context);
			case ArchitecturePackage.STAKEHOLDER:
				return validateStakeholder((Stakeholder)value, diagnostics, context);
			case ArchitecturePackage.ORGANISATION_UNIT:
				return validateOrganisationUnit((OrganisationUnit)value, diagnostics, context);
			case ArchitecturePackage.ACCESS_CHANNEL:
				return validateAccessChannel((AccessChannel)value, diagnostics, context);
			case ArchitecturePackage.ADMINISTRATIVE_PROCEDURE:
				return validateAdministrativeProcedure((AdministrativeProcedure)value, diagnostics, context);
			case ArchitecturePackage.BUSINESS_FUNCTION:
				return validateBusinessFunction((BusinessFunction)value, diagnostics, context);
			case ArchitecturePackage.BUSINESS_PROCESS:
				return validateBusinessProcess((BusinessProcess)value, diagnostics, context);
			case ArchitecturePackage.APPLICATION:
				return validateApplication((Application)value, diagnostics, context);
			case ArchitecturePackage.PORTAL:
				return validatePortal((Portal)value, diagnostics, context);
			case ArchitecturePackage.DATABASE:
				return validateDatabase((Database)value, diagnostics, context);
			case ArchitecturePackage.DATA_ENTITY:
				return validateDataEntity((DataEntity)value, diagnostics, context);
			case ArchitecturePackage.REFERENCE_DATA:
				return validateReferenceData((ReferenceData)value, diagnostics, context);
			case ArchitecturePackage.INTEGRATION_PLATFORM:
				return validateIntegrationPlatform((IntegrationPlatform)value, diagnostics, context);
			case ArchitecturePackage.INTEGRATION_SERVICE:
				return validateIntegrationService((IntegrationService)value, diagnostics, context);
			case ArchitecturePackage.INFRASTRUCTURE:
				return validateInfrastructure((Infrastructure)value, diagnostics, context);
			case ArchitecturePackage.SECURITY_CONTROL:
				return validateSecurityControl((SecurityControl)value, diagnostics, context);
			case ArchitecturePackage.REGULATION:
				return validateRegulation((Regulation)value, diagnostics, context);
			case ArchitecturePackage.POLICY:
				return validatePolicy((Policy)value, diagnostics, context);
			case ArchitecturePackage.STANDARD:
				return validateStandard((Standard)value, diagnostics, context);
			case ArchitecturePackage.PROJECT:
				return validateProject((Project)value, diagnostics, context);
			case ArchitecturePackage.ROADMAP:
				return validateRoadmap((Roadmap)value, diagnostics, context);
			case ArchitecturePackage.ROADMAP_ITEM:
				return validateRoadmapItem((RoadmapItem)value, diagnostics, context);
			case ArchitecturePackage.EXTERNAL_SYSTEM:
				return validateExternalSystem((ExternalSystem)value, diagnostics, context);
			case ArchitecturePackage.RELATIONSHIP:
				return validateRelationship((Relationship)value, diagnostics, context);
			case ArchitecturePackage.COMPOSES:
				return validateComposes((Composes)value, diagnostics, context);
			case ArchitecturePackage.SERVES:
				return validateServes((Serves)value, diagnostics, context);
			case ArchitecturePackage.ACCESSES:
				return validateAccesses((Accesses)value, diagnostics, context);
			case ArchitecturePackage.REALISES:
				return validateRealises((Realises)value, diagnostics, context);
			case ArchitecturePackage.FLOWS_VIA:
				return validateFlowsVia((FlowsVia)value, diagnostics, context);
			case ArchitecturePackage.DEPLOYED_ON:
				return validateDeployedOn((DeployedOn)value, diagnostics, context);
			case ArchitecturePackage.OWNS:
				return validateOwns((Owns)value, diagnostics, context);
			case ArchitecturePackage.COMPLIES_WITH:
				return validateCompliesWith((CompliesWith)value, diagnostics, context);
			case ArchitecturePackage.PROTECTS:
				return validateProtects((Protects)value, diagnostics, context);
			case ArchitecturePackage.REPLACES:
				return validateReplaces((Replaces)value, diagnostics, context);
			case ArchitecturePackage.DIAGRAM_CONTAINER:
				return validateDiagramContainer((DiagramContainer)value, diagnostics, context);
			case ArchitecturePackage.DIAGRAM:
				return validateDiagram((Diagram)value, diagnostics, context);
			case ArchitecturePackage.DIAGRAM_COMPONENT:
				return validateDiagramComponent((DiagramComponent)value, diagnostics, context);
			case ArchitecturePackage.DIAGRAM_SHAPE:
				return validateDiagramShape((DiagramShape)value, diagnostics, context);
			case ArchitecturePackage.DIAGRAM_NODE:
				return validateDiagramNode((DiagramNode)value, diagnostics, context);
			case ArchitecturePackage.DIAGRAM_GROUP:
				return validateDiagramGroup((DiagramGroup)value, diagnostics, context);
			case ArchitecturePackage.DIAGRAM_CONNECTION:
				return validateDiagramConnection((DiagramConnection)value, diagnostics, context);
			case ArchitecturePackage.BENDPOINT:
				return validateBendpoint((Bendpoint)value, diagnostics, context);
			case ArchitecturePackage.FOLDER_TYPE:
				return validateFolderType((FolderType)value, diagnostics, context);
			case ArchitecturePackage.LIFECYCLE_STATUS:
				return validateLifecycleStatus((LifecycleStatus)value, diagnostics, context);
			case ArchitecturePackage.GOVERNMENT_LEVEL:
				return validateGovernmentLevel((GovernmentLevel)value, diagnostics, context);
			case ArchitecturePackage.STAKEHOLDER_TYPE:
				return validateStakeholderType((StakeholderType)value, diagnostics, context);
			case ArchitecturePackage.ONLINE_SERVICE_LEVEL:
				return validateOnlineServiceLevel((OnlineServiceLevel)value, diagnostics, context);
			case ArchitecturePackage.APPLICATION_SCOPE:
				return validateApplicationScope((ApplicationScope)value, diagnostics, context);
			case ArchitecturePackage.OWNERSHIP:
				return validateOwnership((Ownership)value, diagnostics, context);
			case ArchitecturePackage.INTEGRATION_PLATFORM_KIND:
				return validateIntegrationPlatformKind((IntegrationPlatformKind)value, diagnostics, context);
			case ArchitecturePackage.SECURITY_LAYER:
				return validateSecurityLayer((SecurityLayer)value, diagnostics, context);
			case ArchitecturePackage.ACCESS_MODE:
				return validateAccessMode((AccessMode)value, diagnostics, context);
			case ArchitecturePackage.SECURITY_LEVEL:
				return validateSecurityLevel((Integer)value, diagnostics, context);
			case ArchitecturePackage.LOCAL_DATE:
				return validateLocalDate((LocalDate)value, diagnostics, context);
			default:
				return true;
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePropertiesHolder(PropertiesHolder propertiesHolder, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(propertiesHolder, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateProperty(Property property, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(property, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateArchitectureObject(ArchitectureObject architectureObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(architectureObject, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateNamedElement(NamedElement namedElement, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(namedElement, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateArchitecture(Architecture architecture, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(architecture, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateFolder(Folder folder, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(folder, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateFolderItem(FolderItem folderItem, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(folderItem, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateElement(Element element, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(element, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateStakeholder(Stakeholder stakeholder, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(stakeholder, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOrganisationUnit(OrganisationUnit organisationUnit, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(organisationUnit, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAccessChannel(AccessChannel accessChannel, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(accessChannel, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAdministrativeProcedure(AdministrativeProcedure administrativeProcedure, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(administrativeProcedure, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateBusinessFunction(BusinessFunction businessFunction, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(businessFunction, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateBusinessProcess(BusinessProcess businessProcess, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(businessProcess, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateApplication(Application application, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(application, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePortal(Portal portal, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(portal, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDatabase(Database database, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(database, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDataEntity(DataEntity dataEntity, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(dataEntity, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateReferenceData(ReferenceData referenceData, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(referenceData, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIntegrationPlatform(IntegrationPlatform integrationPlatform, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(integrationPlatform, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIntegrationService(IntegrationService integrationService, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(integrationService, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateInfrastructure(Infrastructure infrastructure, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(infrastructure, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSecurityControl(SecurityControl securityControl, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(securityControl, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRegulation(Regulation regulation, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(regulation, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validatePolicy(Policy policy, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(policy, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateStandard(Standard standard, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(standard, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateProject(Project project, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(project, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRoadmap(Roadmap roadmap, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(roadmap, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRoadmapItem(RoadmapItem roadmapItem, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(roadmapItem, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateExternalSystem(ExternalSystem externalSystem, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(externalSystem, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRelationship(Relationship relationship, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(relationship, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateComposes(Composes composes, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(composes, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateServes(Serves serves, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(serves, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAccesses(Accesses accesses, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(accesses, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateRealises(Realises realises, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(realises, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateFlowsVia(FlowsVia flowsVia, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(flowsVia, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDeployedOn(DeployedOn deployedOn, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(deployedOn, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOwns(Owns owns, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(owns, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateCompliesWith(CompliesWith compliesWith, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(compliesWith, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateProtects(Protects protects, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(protects, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateReplaces(Replaces replaces, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(replaces, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDiagramContainer(DiagramContainer diagramContainer, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(diagramContainer, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDiagram(Diagram diagram, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(diagram, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDiagramComponent(DiagramComponent diagramComponent, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(diagramComponent, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDiagramShape(DiagramShape diagramShape, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(diagramShape, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDiagramNode(DiagramNode diagramNode, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(diagramNode, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDiagramGroup(DiagramGroup diagramGroup, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(diagramGroup, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateDiagramConnection(DiagramConnection diagramConnection, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(diagramConnection, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateBendpoint(Bendpoint bendpoint, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return validate_EveryDefaultConstraint(bendpoint, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateFolderType(FolderType folderType, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLifecycleStatus(LifecycleStatus lifecycleStatus, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateGovernmentLevel(GovernmentLevel governmentLevel, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateStakeholderType(StakeholderType stakeholderType, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOnlineServiceLevel(OnlineServiceLevel onlineServiceLevel, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateApplicationScope(ApplicationScope applicationScope, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateOwnership(Ownership ownership, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateIntegrationPlatformKind(IntegrationPlatformKind integrationPlatformKind, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSecurityLayer(SecurityLayer securityLayer, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateAccessMode(AccessMode accessMode, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSecurityLevel(int securityLevel, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = validateSecurityLevel_Min(securityLevel, diagnostics, context);
		if (result || diagnostics != null) result &= validateSecurityLevel_Max(securityLevel, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateSecurityLevel_Min
	 */
	public static final int SECURITY_LEVEL__MIN__VALUE = 0;

	/**
	 * Validates the Min constraint of '<em>Security Level</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSecurityLevel_Min(int securityLevel, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = securityLevel >= SECURITY_LEVEL__MIN__VALUE;
		if (!result && diagnostics != null)
			reportMinViolation(ArchitecturePackage.Literals.SECURITY_LEVEL, securityLevel, SECURITY_LEVEL__MIN__VALUE, true, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 * @see #validateSecurityLevel_Max
	 */
	public static final int SECURITY_LEVEL__MAX__VALUE = 5;

	/**
	 * Validates the Max constraint of '<em>Security Level</em>'.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateSecurityLevel_Max(int securityLevel, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean result = securityLevel <= SECURITY_LEVEL__MAX__VALUE;
		if (!result && diagnostics != null)
			reportMaxViolation(ArchitecturePackage.Literals.SECURITY_LEVEL, securityLevel, SECURITY_LEVEL__MAX__VALUE, true, diagnostics, context);
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public boolean validateLocalDate(LocalDate localDate, DiagnosticChain diagnostics, Map<Object, Object> context) {
		return true;
	}

	/**
	 * Returns the resource locator that will be used to fetch messages for this validator's diagnostics.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		// TODO
		// Specialize this to return a resource locator for messages specific to this validator.
		// Ensure that you remove @generated or mark it @generated NOT
		return super.getResourceLocator();
	}

} //ArchitectureValidator
