/**
 * Copyright (c) e-Government Workbench contributors. Generated from model/architecture.ecore.
 */
package vn.egov.workbench.architecture.model.impl;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import vn.egov.workbench.architecture.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class ArchitectureFactoryImpl extends EFactoryImpl implements ArchitectureFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static ArchitectureFactory init() {
		try {
			ArchitectureFactory theArchitectureFactory = (ArchitectureFactory)EPackage.Registry.INSTANCE.getEFactory(ArchitecturePackage.eNS_URI);
			if (theArchitectureFactory != null) {
				return theArchitectureFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new ArchitectureFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ArchitectureFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case ArchitecturePackage.PROPERTY: return createProperty();
			case ArchitecturePackage.ARCHITECTURE: return createArchitecture();
			case ArchitecturePackage.FOLDER: return createFolder();
			case ArchitecturePackage.STAKEHOLDER: return createStakeholder();
			case ArchitecturePackage.ORGANISATION_UNIT: return createOrganisationUnit();
			case ArchitecturePackage.ACCESS_CHANNEL: return createAccessChannel();
			case ArchitecturePackage.ADMINISTRATIVE_PROCEDURE: return createAdministrativeProcedure();
			case ArchitecturePackage.BUSINESS_FUNCTION: return createBusinessFunction();
			case ArchitecturePackage.BUSINESS_PROCESS: return createBusinessProcess();
			case ArchitecturePackage.APPLICATION: return createApplication();
			case ArchitecturePackage.PORTAL: return createPortal();
			case ArchitecturePackage.DATABASE: return createDatabase();
			case ArchitecturePackage.DATA_ENTITY: return createDataEntity();
			case ArchitecturePackage.REFERENCE_DATA: return createReferenceData();
			case ArchitecturePackage.INTEGRATION_PLATFORM: return createIntegrationPlatform();
			case ArchitecturePackage.INTEGRATION_SERVICE: return createIntegrationService();
			case ArchitecturePackage.INFRASTRUCTURE: return createInfrastructure();
			case ArchitecturePackage.SECURITY_CONTROL: return createSecurityControl();
			case ArchitecturePackage.POLICY: return createPolicy();
			case ArchitecturePackage.STANDARD: return createStandard();
			case ArchitecturePackage.PROJECT: return createProject();
			case ArchitecturePackage.ROADMAP: return createRoadmap();
			case ArchitecturePackage.ROADMAP_ITEM: return createRoadmapItem();
			case ArchitecturePackage.EXTERNAL_SYSTEM: return createExternalSystem();
			case ArchitecturePackage.COMPOSES: return createComposes();
			case ArchitecturePackage.SERVES: return createServes();
			case ArchitecturePackage.ACCESSES: return createAccesses();
			case ArchitecturePackage.REALISES: return createRealises();
			case ArchitecturePackage.FLOWS_VIA: return createFlowsVia();
			case ArchitecturePackage.DEPLOYED_ON: return createDeployedOn();
			case ArchitecturePackage.OWNS: return createOwns();
			case ArchitecturePackage.COMPLIES_WITH: return createCompliesWith();
			case ArchitecturePackage.PROTECTS: return createProtects();
			case ArchitecturePackage.REPLACES: return createReplaces();
			case ArchitecturePackage.DIAGRAM: return createDiagram();
			case ArchitecturePackage.DIAGRAM_NODE: return createDiagramNode();
			case ArchitecturePackage.DIAGRAM_GROUP: return createDiagramGroup();
			case ArchitecturePackage.DIAGRAM_CONNECTION: return createDiagramConnection();
			case ArchitecturePackage.BENDPOINT: return createBendpoint();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case ArchitecturePackage.FOLDER_TYPE:
				return createFolderTypeFromString(eDataType, initialValue);
			case ArchitecturePackage.LIFECYCLE_STATUS:
				return createLifecycleStatusFromString(eDataType, initialValue);
			case ArchitecturePackage.GOVERNMENT_LEVEL:
				return createGovernmentLevelFromString(eDataType, initialValue);
			case ArchitecturePackage.STAKEHOLDER_TYPE:
				return createStakeholderTypeFromString(eDataType, initialValue);
			case ArchitecturePackage.ONLINE_SERVICE_LEVEL:
				return createOnlineServiceLevelFromString(eDataType, initialValue);
			case ArchitecturePackage.APPLICATION_SCOPE:
				return createApplicationScopeFromString(eDataType, initialValue);
			case ArchitecturePackage.OWNERSHIP:
				return createOwnershipFromString(eDataType, initialValue);
			case ArchitecturePackage.INTEGRATION_PLATFORM_KIND:
				return createIntegrationPlatformKindFromString(eDataType, initialValue);
			case ArchitecturePackage.SECURITY_LAYER:
				return createSecurityLayerFromString(eDataType, initialValue);
			case ArchitecturePackage.ACCESS_MODE:
				return createAccessModeFromString(eDataType, initialValue);
			case ArchitecturePackage.SECURITY_LEVEL:
				return createSecurityLevelFromString(eDataType, initialValue);
			case ArchitecturePackage.LOCAL_DATE:
				return createLocalDateFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case ArchitecturePackage.FOLDER_TYPE:
				return convertFolderTypeToString(eDataType, instanceValue);
			case ArchitecturePackage.LIFECYCLE_STATUS:
				return convertLifecycleStatusToString(eDataType, instanceValue);
			case ArchitecturePackage.GOVERNMENT_LEVEL:
				return convertGovernmentLevelToString(eDataType, instanceValue);
			case ArchitecturePackage.STAKEHOLDER_TYPE:
				return convertStakeholderTypeToString(eDataType, instanceValue);
			case ArchitecturePackage.ONLINE_SERVICE_LEVEL:
				return convertOnlineServiceLevelToString(eDataType, instanceValue);
			case ArchitecturePackage.APPLICATION_SCOPE:
				return convertApplicationScopeToString(eDataType, instanceValue);
			case ArchitecturePackage.OWNERSHIP:
				return convertOwnershipToString(eDataType, instanceValue);
			case ArchitecturePackage.INTEGRATION_PLATFORM_KIND:
				return convertIntegrationPlatformKindToString(eDataType, instanceValue);
			case ArchitecturePackage.SECURITY_LAYER:
				return convertSecurityLayerToString(eDataType, instanceValue);
			case ArchitecturePackage.ACCESS_MODE:
				return convertAccessModeToString(eDataType, instanceValue);
			case ArchitecturePackage.SECURITY_LEVEL:
				return convertSecurityLevelToString(eDataType, instanceValue);
			case ArchitecturePackage.LOCAL_DATE:
				return convertLocalDateToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Property createProperty() {
		PropertyImpl property = new PropertyImpl();
		return property;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Architecture createArchitecture() {
		ArchitectureImpl architecture = new ArchitectureImpl();
		return architecture;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Folder createFolder() {
		FolderImpl folder = new FolderImpl();
		return folder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Stakeholder createStakeholder() {
		StakeholderImpl stakeholder = new StakeholderImpl();
		return stakeholder;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public OrganisationUnit createOrganisationUnit() {
		OrganisationUnitImpl organisationUnit = new OrganisationUnitImpl();
		return organisationUnit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AccessChannel createAccessChannel() {
		AccessChannelImpl accessChannel = new AccessChannelImpl();
		return accessChannel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AdministrativeProcedure createAdministrativeProcedure() {
		AdministrativeProcedureImpl administrativeProcedure = new AdministrativeProcedureImpl();
		return administrativeProcedure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BusinessFunction createBusinessFunction() {
		BusinessFunctionImpl businessFunction = new BusinessFunctionImpl();
		return businessFunction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BusinessProcess createBusinessProcess() {
		BusinessProcessImpl businessProcess = new BusinessProcessImpl();
		return businessProcess;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Application createApplication() {
		ApplicationImpl application = new ApplicationImpl();
		return application;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Portal createPortal() {
		PortalImpl portal = new PortalImpl();
		return portal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Database createDatabase() {
		DatabaseImpl database = new DatabaseImpl();
		return database;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DataEntity createDataEntity() {
		DataEntityImpl dataEntity = new DataEntityImpl();
		return dataEntity;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ReferenceData createReferenceData() {
		ReferenceDataImpl referenceData = new ReferenceDataImpl();
		return referenceData;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IntegrationPlatform createIntegrationPlatform() {
		IntegrationPlatformImpl integrationPlatform = new IntegrationPlatformImpl();
		return integrationPlatform;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public IntegrationService createIntegrationService() {
		IntegrationServiceImpl integrationService = new IntegrationServiceImpl();
		return integrationService;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Infrastructure createInfrastructure() {
		InfrastructureImpl infrastructure = new InfrastructureImpl();
		return infrastructure;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SecurityControl createSecurityControl() {
		SecurityControlImpl securityControl = new SecurityControlImpl();
		return securityControl;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Policy createPolicy() {
		PolicyImpl policy = new PolicyImpl();
		return policy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Standard createStandard() {
		StandardImpl standard = new StandardImpl();
		return standard;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Project createProject() {
		ProjectImpl project = new ProjectImpl();
		return project;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Roadmap createRoadmap() {
		RoadmapImpl roadmap = new RoadmapImpl();
		return roadmap;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RoadmapItem createRoadmapItem() {
		RoadmapItemImpl roadmapItem = new RoadmapItemImpl();
		return roadmapItem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ExternalSystem createExternalSystem() {
		ExternalSystemImpl externalSystem = new ExternalSystemImpl();
		return externalSystem;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Composes createComposes() {
		ComposesImpl composes = new ComposesImpl();
		return composes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Serves createServes() {
		ServesImpl serves = new ServesImpl();
		return serves;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Accesses createAccesses() {
		AccessesImpl accesses = new AccessesImpl();
		return accesses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Realises createRealises() {
		RealisesImpl realises = new RealisesImpl();
		return realises;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public FlowsVia createFlowsVia() {
		FlowsViaImpl flowsVia = new FlowsViaImpl();
		return flowsVia;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DeployedOn createDeployedOn() {
		DeployedOnImpl deployedOn = new DeployedOnImpl();
		return deployedOn;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Owns createOwns() {
		OwnsImpl owns = new OwnsImpl();
		return owns;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CompliesWith createCompliesWith() {
		CompliesWithImpl compliesWith = new CompliesWithImpl();
		return compliesWith;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Protects createProtects() {
		ProtectsImpl protects = new ProtectsImpl();
		return protects;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Replaces createReplaces() {
		ReplacesImpl replaces = new ReplacesImpl();
		return replaces;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Diagram createDiagram() {
		DiagramImpl diagram = new DiagramImpl();
		return diagram;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DiagramNode createDiagramNode() {
		DiagramNodeImpl diagramNode = new DiagramNodeImpl();
		return diagramNode;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DiagramGroup createDiagramGroup() {
		DiagramGroupImpl diagramGroup = new DiagramGroupImpl();
		return diagramGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DiagramConnection createDiagramConnection() {
		DiagramConnectionImpl diagramConnection = new DiagramConnectionImpl();
		return diagramConnection;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Bendpoint createBendpoint() {
		BendpointImpl bendpoint = new BendpointImpl();
		return bendpoint;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public FolderType createFolderTypeFromString(EDataType eDataType, String initialValue) {
		FolderType result = FolderType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertFolderTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LifecycleStatus createLifecycleStatusFromString(EDataType eDataType, String initialValue) {
		LifecycleStatus result = LifecycleStatus.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLifecycleStatusToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public GovernmentLevel createGovernmentLevelFromString(EDataType eDataType, String initialValue) {
		GovernmentLevel result = GovernmentLevel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertGovernmentLevelToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StakeholderType createStakeholderTypeFromString(EDataType eDataType, String initialValue) {
		StakeholderType result = StakeholderType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertStakeholderTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public OnlineServiceLevel createOnlineServiceLevelFromString(EDataType eDataType, String initialValue) {
		OnlineServiceLevel result = OnlineServiceLevel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOnlineServiceLevelToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ApplicationScope createApplicationScopeFromString(EDataType eDataType, String initialValue) {
		ApplicationScope result = ApplicationScope.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertApplicationScopeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Ownership createOwnershipFromString(EDataType eDataType, String initialValue) {
		Ownership result = Ownership.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertOwnershipToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public IntegrationPlatformKind createIntegrationPlatformKindFromString(EDataType eDataType, String initialValue) {
		IntegrationPlatformKind result = IntegrationPlatformKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertIntegrationPlatformKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public SecurityLayer createSecurityLayerFromString(EDataType eDataType, String initialValue) {
		SecurityLayer result = SecurityLayer.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSecurityLayerToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AccessMode createAccessModeFromString(EDataType eDataType, String initialValue) {
		AccessMode result = AccessMode.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAccessModeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Integer createSecurityLevelFromString(EDataType eDataType, String initialValue) {
		return (Integer)super.createFromString(eDataType, initialValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertSecurityLevelToString(EDataType eDataType, Object instanceValue) {
		return super.convertToString(eDataType, instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * Parses an ISO-8601 date (yyyy-MM-dd); null or blank gives null.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public LocalDate createLocalDateFromString(EDataType eDataType, String initialValue) {
		return initialValue == null || initialValue.isBlank() ? null : LocalDate.parse(initialValue.trim());
	}

	/**
	 * <!-- begin-user-doc -->
	 * Writes ISO-8601 (yyyy-MM-dd).
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public String convertLocalDateToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : ((LocalDate)instanceValue).toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ArchitecturePackage getArchitecturePackage() {
		return (ArchitecturePackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static ArchitecturePackage getPackage() {
		return ArchitecturePackage.eINSTANCE;
	}

} //ArchitectureFactoryImpl
