/**
 * Copyright (c) e-Government Workbench contributors. Generated from model/architecture.ecore.
 */
package vn.egov.workbench.architecture.model.util;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;

import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;

import org.eclipse.emf.ecore.EObject;

import vn.egov.workbench.architecture.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Adapter Factory</b> for the model.
 * It provides an adapter <code>createXXX</code> method for each class of the model.
 * <!-- end-user-doc -->
 * @see vn.egov.workbench.architecture.model.ArchitecturePackage
 * @generated
 */
public class ArchitectureAdapterFactory extends AdapterFactoryImpl {
	/**
	 * The cached model package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static ArchitecturePackage modelPackage;

	/**
	 * Creates an instance of the adapter factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ArchitectureAdapterFactory() {
		if (modelPackage == null) {
			modelPackage = ArchitecturePackage.eINSTANCE;
		}
	}

	/**
	 * Returns whether this factory is applicable for the type of the object.
	 * <!-- begin-user-doc -->
	 * This implementation returns <code>true</code> if the object is either the model's package or is an instance object of the model.
	 * <!-- end-user-doc -->
	 * @return whether this factory is applicable for the type of the object.
	 * @generated
	 */
	@Override
	public boolean isFactoryForType(Object object) {
		if (object == modelPackage) {
			return true;
		}
		if (object instanceof EObject) {
			return ((EObject)object).eClass().getEPackage() == modelPackage;
		}
		return false;
	}

	/**
	 * The switch that delegates to the <code>createXXX</code> methods.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ArchitectureSwitch<Adapter> modelSwitch =
		new ArchitectureSwitch<Adapter>() {
			@Override
			public Adapter casePropertiesHolder(PropertiesHolder object) {
				return createPropertiesHolderAdapter();
			}
			@Override
			public Adapter caseProperty(Property object) {
				return createPropertyAdapter();
			}
			@Override
			public Adapter caseArchitectureObject(ArchitectureObject object) {
				return createArchitectureObjectAdapter();
			}
			@Override
			public Adapter caseNamedElement(NamedElement object) {
				return createNamedElementAdapter();
			}
			@Override
			public Adapter caseArchitecture(Architecture object) {
				return createArchitectureAdapter();
			}
			@Override
			public Adapter caseFolder(Folder object) {
				return createFolderAdapter();
			}
			@Override
			public Adapter caseFolderItem(FolderItem object) {
				return createFolderItemAdapter();
			}
			@Override
			public Adapter caseElement(Element object) {
				return createElementAdapter();
			}
			@Override
			public Adapter caseStakeholder(Stakeholder object) {
				return createStakeholderAdapter();
			}
			@Override
			public Adapter caseOrganisationUnit(OrganisationUnit object) {
				return createOrganisationUnitAdapter();
			}
			@Override
			public Adapter caseAccessChannel(AccessChannel object) {
				return createAccessChannelAdapter();
			}
			@Override
			public Adapter caseAdministrativeProcedure(AdministrativeProcedure object) {
				return createAdministrativeProcedureAdapter();
			}
			@Override
			public Adapter caseBusinessFunction(BusinessFunction object) {
				return createBusinessFunctionAdapter();
			}
			@Override
			public Adapter caseBusinessProcess(BusinessProcess object) {
				return createBusinessProcessAdapter();
			}
			@Override
			public Adapter caseApplication(Application object) {
				return createApplicationAdapter();
			}
			@Override
			public Adapter casePortal(Portal object) {
				return createPortalAdapter();
			}
			@Override
			public Adapter caseDatabase(Database object) {
				return createDatabaseAdapter();
			}
			@Override
			public Adapter caseDataEntity(DataEntity object) {
				return createDataEntityAdapter();
			}
			@Override
			public Adapter caseReferenceData(ReferenceData object) {
				return createReferenceDataAdapter();
			}
			@Override
			public Adapter caseIntegrationPlatform(IntegrationPlatform object) {
				return createIntegrationPlatformAdapter();
			}
			@Override
			public Adapter caseIntegrationService(IntegrationService object) {
				return createIntegrationServiceAdapter();
			}
			@Override
			public Adapter caseInfrastructure(Infrastructure object) {
				return createInfrastructureAdapter();
			}
			@Override
			public Adapter caseSecurityControl(SecurityControl object) {
				return createSecurityControlAdapter();
			}
			@Override
			public Adapter caseRegulation(Regulation object) {
				return createRegulationAdapter();
			}
			@Override
			public Adapter casePolicy(Policy object) {
				return createPolicyAdapter();
			}
			@Override
			public Adapter caseStandard(Standard object) {
				return createStandardAdapter();
			}
			@Override
			public Adapter caseProject(Project object) {
				return createProjectAdapter();
			}
			@Override
			public Adapter caseRoadmap(Roadmap object) {
				return createRoadmapAdapter();
			}
			@Override
			public Adapter caseRoadmapItem(RoadmapItem object) {
				return createRoadmapItemAdapter();
			}
			@Override
			public Adapter caseExternalSystem(ExternalSystem object) {
				return createExternalSystemAdapter();
			}
			@Override
			public Adapter caseRelationship(Relationship object) {
				return createRelationshipAdapter();
			}
			@Override
			public Adapter caseComposes(Composes object) {
				return createComposesAdapter();
			}
			@Override
			public Adapter caseServes(Serves object) {
				return createServesAdapter();
			}
			@Override
			public Adapter caseAccesses(Accesses object) {
				return createAccessesAdapter();
			}
			@Override
			public Adapter caseRealises(Realises object) {
				return createRealisesAdapter();
			}
			@Override
			public Adapter caseFlowsVia(FlowsVia object) {
				return createFlowsViaAdapter();
			}
			@Override
			public Adapter caseDeployedOn(DeployedOn object) {
				return createDeployedOnAdapter();
			}
			@Override
			public Adapter caseOwns(Owns object) {
				return createOwnsAdapter();
			}
			@Override
			public Adapter caseCompliesWith(CompliesWith object) {
				return createCompliesWithAdapter();
			}
			@Override
			public Adapter caseProtects(Protects object) {
				return createProtectsAdapter();
			}
			@Override
			public Adapter caseReplaces(Replaces object) {
				return createReplacesAdapter();
			}
			@Override
			public Adapter caseDiagramContainer(DiagramContainer object) {
				return createDiagramContainerAdapter();
			}
			@Override
			public Adapter caseDiagram(Diagram object) {
				return createDiagramAdapter();
			}
			@Override
			public Adapter caseDiagramComponent(DiagramComponent object) {
				return createDiagramComponentAdapter();
			}
			@Override
			public Adapter caseDiagramShape(DiagramShape object) {
				return createDiagramShapeAdapter();
			}
			@Override
			public Adapter caseDiagramNode(DiagramNode object) {
				return createDiagramNodeAdapter();
			}
			@Override
			public Adapter caseDiagramGroup(DiagramGroup object) {
				return createDiagramGroupAdapter();
			}
			@Override
			public Adapter caseDiagramConnection(DiagramConnection object) {
				return createDiagramConnectionAdapter();
			}
			@Override
			public Adapter caseBendpoint(Bendpoint object) {
				return createBendpointAdapter();
			}
			@Override
			public Adapter defaultCase(EObject object) {
				return createEObjectAdapter();
			}
		};

	/**
	 * Creates an adapter for the <code>target</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param target the object to adapt.
	 * @return the adapter for the <code>target</code>.
	 * @generated
	 */
	@Override
	public Adapter createAdapter(Notifier target) {
		return modelSwitch.doSwitch((EObject)target);
	}


	/**
	 * Creates a new adapter for an object of class '{@link vn.egov.workbench.architecture.model.PropertiesHolder <em>Properties Holder</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see vn.egov.workbench.architecture.model.PropertiesHolder
	 * @generated
	 */
	public Adapter createPropertiesHolderAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link vn.egov.workbench.architecture.model.Property <em>Property</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see vn.egov.workbench.architecture.model.Property
	 * @generated
	 */
	public Adapter createPropertyAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link vn.egov.workbench.architecture.model.ArchitectureObject <em>Object</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see vn.egov.workbench.architecture.model.ArchitectureObject
	 * @generated
	 */
	public Adapter createArchitectureObjectAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link vn.egov.workbench.architecture.model.NamedElement <em>Named Element</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see vn.egov.workbench.architecture.model.NamedElement
	 * @generated
	 */
	public Adapter createNamedElementAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link vn.egov.workbench.architecture.model.Architecture <em>Architecture</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see vn.egov.workbench.architecture.model.Architecture
	 * @generated
	 */
	public Adapter createArchitectureAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link vn.egov.workbench.architecture.model.Folder <em>Folder</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see vn.egov.workbench.architecture.model.Folder
	 * @generated
	 */
	public Adapter createFolderAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link vn.egov.workbench.architecture.model.FolderItem <em>Folder Item</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see vn.egov.workbench.architecture.model.FolderItem
	 * @generated
	 */
	public Adapter createFolderItemAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link vn.egov.workbench.architecture.model.Element <em>Element</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see vn.egov.workbench.architecture.model.Element
	 * @generated
	 */
	public Adapter createElementAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link vn.egov.workbench.architecture.model.Stakeholder <em>Stakeholder</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see vn.egov.workbench.architecture.model.Stakeholder
	 * @generated
	 */
	public Adapter createStakeholderAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link vn.egov.workbench.architecture.model.OrganisationUnit <em>Organisation Unit</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see vn.egov.workbench.architecture.model.OrganisationUnit
	 * @generated
	 */
	public Adapter createOrganisationUnitAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link vn.egov.workbench.architecture.model.AccessChannel <em>Access Channel</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see vn.egov.workbench.architecture.model.AccessChannel
	 * @generated
	 */
	public Adapter createAccessChannelAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link vn.egov.workbench.architecture.model.AdministrativeProcedure <em>Administrative Procedure</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see vn.egov.workbench.architecture.model.AdministrativeProcedure
	 * @generated
	 */
	public Adapter createAdministrativeProcedureAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link vn.egov.workbench.architecture.model.BusinessFunction <em>Business Function</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see vn.egov.workbench.architecture.model.BusinessFunction
	 * @generated
	 */
	public Adapter createBusinessFunctionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link vn.egov.workbench.architecture.model.BusinessProcess <em>Business Process</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see vn.egov.workbench.architecture.model.BusinessProcess
	 * @generated
	 */
	public Adapter createBusinessProcessAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link vn.egov.workbench.architecture.model.Application <em>Application</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see vn.egov.workbench.architecture.model.Application
	 * @generated
	 */
	public Adapter createApplicationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link vn.egov.workbench.architecture.model.Portal <em>Portal</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see vn.egov.workbench.architecture.model.Portal
	 * @generated
	 */
	public Adapter createPortalAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link vn.egov.workbench.architecture.model.Database <em>Database</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see vn.egov.workbench.architecture.model.Database
	 * @generated
	 */
	public Adapter createDatabaseAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link vn.egov.workbench.architecture.model.DataEntity <em>Data Entity</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see vn.egov.workbench.architecture.model.DataEntity
	 * @generated
	 */
	public Adapter createDataEntityAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link vn.egov.workbench.architecture.model.ReferenceData <em>Reference Data</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see vn.egov.workbench.architecture.model.ReferenceData
	 * @generated
	 */
	public Adapter createReferenceDataAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link vn.egov.workbench.architecture.model.IntegrationPlatform <em>Integration Platform</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see vn.egov.workbench.architecture.model.IntegrationPlatform
	 * @generated
	 */
	public Adapter createIntegrationPlatformAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link vn.egov.workbench.architecture.model.IntegrationService <em>Integration Service</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see vn.egov.workbench.architecture.model.IntegrationService
	 * @generated
	 */
	public Adapter createIntegrationServiceAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link vn.egov.workbench.architecture.model.Infrastructure <em>Infrastructure</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see vn.egov.workbench.architecture.model.Infrastructure
	 * @generated
	 */
	public Adapter createInfrastructureAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link vn.egov.workbench.architecture.model.SecurityControl <em>Security Control</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see vn.egov.workbench.architecture.model.SecurityControl
	 * @generated
	 */
	public Adapter createSecurityControlAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link vn.egov.workbench.architecture.model.Regulation <em>Regulation</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see vn.egov.workbench.architecture.model.Regulation
	 * @generated
	 */
	public Adapter createRegulationAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link vn.egov.workbench.architecture.model.Policy <em>Policy</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see vn.egov.workbench.architecture.model.Policy
	 * @generated
	 */
	public Adapter createPolicyAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link vn.egov.workbench.architecture.model.Standard <em>Standard</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see vn.egov.workbench.architecture.model.Standard
	 * @generated
	 */
	public Adapter createStandardAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link vn.egov.workbench.architecture.model.Project <em>Project</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see vn.egov.workbench.architecture.model.Project
	 * @generated
	 */
	public Adapter createProjectAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link vn.egov.workbench.architecture.model.Roadmap <em>Roadmap</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see vn.egov.workbench.architecture.model.Roadmap
	 * @generated
	 */
	public Adapter createRoadmapAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link vn.egov.workbench.architecture.model.RoadmapItem <em>Roadmap Item</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see vn.egov.workbench.architecture.model.RoadmapItem
	 * @generated
	 */
	public Adapter createRoadmapItemAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link vn.egov.workbench.architecture.model.ExternalSystem <em>External System</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see vn.egov.workbench.architecture.model.ExternalSystem
	 * @generated
	 */
	public Adapter createExternalSystemAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link vn.egov.workbench.architecture.model.Relationship <em>Relationship</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see vn.egov.workbench.architecture.model.Relationship
	 * @generated
	 */
	public Adapter createRelationshipAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link vn.egov.workbench.architecture.model.Composes <em>Composes</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see vn.egov.workbench.architecture.model.Composes
	 * @generated
	 */
	public Adapter createComposesAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link vn.egov.workbench.architecture.model.Serves <em>Serves</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see vn.egov.workbench.architecture.model.Serves
	 * @generated
	 */
	public Adapter createServesAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link vn.egov.workbench.architecture.model.Accesses <em>Accesses</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see vn.egov.workbench.architecture.model.Accesses
	 * @generated
	 */
	public Adapter createAccessesAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link vn.egov.workbench.architecture.model.Realises <em>Realises</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see vn.egov.workbench.architecture.model.Realises
	 * @generated
	 */
	public Adapter createRealisesAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link vn.egov.workbench.architecture.model.FlowsVia <em>Flows Via</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see vn.egov.workbench.architecture.model.FlowsVia
	 * @generated
	 */
	public Adapter createFlowsViaAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link vn.egov.workbench.architecture.model.DeployedOn <em>Deployed On</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see vn.egov.workbench.architecture.model.DeployedOn
	 * @generated
	 */
	public Adapter createDeployedOnAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link vn.egov.workbench.architecture.model.Owns <em>Owns</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see vn.egov.workbench.architecture.model.Owns
	 * @generated
	 */
	public Adapter createOwnsAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link vn.egov.workbench.architecture.model.CompliesWith <em>Complies With</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see vn.egov.workbench.architecture.model.CompliesWith
	 * @generated
	 */
	public Adapter createCompliesWithAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link vn.egov.workbench.architecture.model.Protects <em>Protects</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see vn.egov.workbench.architecture.model.Protects
	 * @generated
	 */
	public Adapter createProtectsAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link vn.egov.workbench.architecture.model.Replaces <em>Replaces</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see vn.egov.workbench.architecture.model.Replaces
	 * @generated
	 */
	public Adapter createReplacesAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link vn.egov.workbench.architecture.model.DiagramContainer <em>Diagram Container</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see vn.egov.workbench.architecture.model.DiagramContainer
	 * @generated
	 */
	public Adapter createDiagramContainerAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link vn.egov.workbench.architecture.model.Diagram <em>Diagram</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see vn.egov.workbench.architecture.model.Diagram
	 * @generated
	 */
	public Adapter createDiagramAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link vn.egov.workbench.architecture.model.DiagramComponent <em>Diagram Component</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see vn.egov.workbench.architecture.model.DiagramComponent
	 * @generated
	 */
	public Adapter createDiagramComponentAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link vn.egov.workbench.architecture.model.DiagramShape <em>Diagram Shape</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see vn.egov.workbench.architecture.model.DiagramShape
	 * @generated
	 */
	public Adapter createDiagramShapeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link vn.egov.workbench.architecture.model.DiagramNode <em>Diagram Node</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see vn.egov.workbench.architecture.model.DiagramNode
	 * @generated
	 */
	public Adapter createDiagramNodeAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link vn.egov.workbench.architecture.model.DiagramGroup <em>Diagram Group</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see vn.egov.workbench.architecture.model.DiagramGroup
	 * @generated
	 */
	public Adapter createDiagramGroupAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link vn.egov.workbench.architecture.model.DiagramConnection <em>Diagram Connection</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see vn.egov.workbench.architecture.model.DiagramConnection
	 * @generated
	 */
	public Adapter createDiagramConnectionAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for an object of class '{@link vn.egov.workbench.architecture.model.Bendpoint <em>Bendpoint</em>}'.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null so that we can easily ignore cases;
	 * it's useful to ignore a case when inheritance will catch all the cases anyway.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @see vn.egov.workbench.architecture.model.Bendpoint
	 * @generated
	 */
	public Adapter createBendpointAdapter() {
		return null;
	}

	/**
	 * Creates a new adapter for the default case.
	 * <!-- begin-user-doc -->
	 * This default implementation returns null.
	 * <!-- end-user-doc -->
	 * @return the new adapter.
	 * @generated
	 */
	public Adapter createEObjectAdapter() {
		return null;
	}

} //ArchitectureAdapterFactory
