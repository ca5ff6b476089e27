/**
 * Copyright (c) e-Government Workbench contributors. Generated from model/architecture.ecore.
 */
package vn.egov.workbench.architecture.model.util;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.util.Switch;

import vn.egov.workbench.architecture.model.*;

/**
 * <!-- begin-user-doc -->
 * The <b>Switch</b> for the model's inheritance hierarchy.
 * It supports the call {@link #doSwitch(EObject) doSwitch(object)}
 * to invoke the <code>caseXXX</code> method for each class of the model,
 * starting with the actual class of the object
 * and proceeding up the inheritance hierarchy
 * until a non-null result is returned,
 * which is the result of the switch.
 * <!-- end-user-doc -->
 * @see vn.egov.workbench.architecture.model.ArchitecturePackage
 * @generated
 */
public class ArchitectureSwitch<T> extends Switch<T> {
	/**
	 * The cached model package
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected static ArchitecturePackage modelPackage;

	/**
	 * Creates an instance of the switch.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ArchitectureSwitch() {
		if (modelPackage == null) {
			modelPackage = ArchitecturePackage.eINSTANCE;
		}
	}

	/**
	 * Checks whether this is a switch for the given package.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param ePackage the package in question.
	 * @return whether this is a switch for the given package.
	 * @generated
	 */
	@Override
	protected boolean isSwitchFor(EPackage ePackage) {
		return ePackage == modelPackage;
	}

	/**
	 * Calls <code>caseXXX</code> for each class of the model until one returns a non null result; it yields that result.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the first non-null result returned by a <code>caseXXX</code> call.
	 * @generated
	 */
	@Override
	protected T doSwitch(int classifierID, EObject theEObject) {
		switch (classifierID) {
			case ArchitecturePackage.PROPERTIES_HOLDER: {
				PropertiesHolder propertiesHolder = (PropertiesHolder)theEObject;
				T result = casePropertiesHolder(propertiesHolder);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ArchitecturePackage.PROPERTY: {
				Property property = (Property)theEObject;
				T result = caseProperty(property);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ArchitecturePackage.ARCHITECTURE_OBJECT: {
				ArchitectureObject architectureObject = (ArchitectureObject)theEObject;
				T result = caseArchitectureObject(architectureObject);
				if (result == null) result = casePropertiesHolder(architectureObject);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ArchitecturePackage.NAMED_ELEMENT: {
				NamedElement namedElement = (NamedElement)theEObject;
				T result = caseNamedElement(namedElement);
				if (result == null) result = caseArchitectureObject(namedElement);
				if (result == null) result = casePropertiesHolder(namedElement);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ArchitecturePackage.ARCHITECTURE: {
				Architecture architecture = (Architecture)theEObject;
				T result = caseArchitecture(architecture);
				if (result == null) result = caseNamedElement(architecture);
				if (result == null) result = caseArchitectureObject(architecture);
				if (result == null) result = casePropertiesHolder(architecture);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ArchitecturePackage.FOLDER: {
				Folder folder = (Folder)theEObject;
				T result = caseFolder(folder);
				if (result == null) result = caseNamedElement(folder);
				if (result == null) result = caseArchitectureObject(folder);
				if (result == null) result = casePropertiesHolder(folder);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ArchitecturePackage.FOLDER_ITEM: {
				FolderItem folderItem = (FolderItem)theEObject;
				T result = caseFolderItem(folderItem);
				if (result == null) result = caseNamedElement(folderItem);
				if (result == null) result = caseArchitectureObject(folderItem);
				if (result == null) result = casePropertiesHolder(folderItem);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ArchitecturePackage.ELEMENT: {
				Element element = (Element)theEObject;
				T result = caseElement(element);
				if (result == null) result = caseFolderItem(element);
				if (result == null) result = caseNamedElement(element);
				if (result == null) result = caseArchitectureObject(element);
				if (result == null) result = casePropertiesHolder(element);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ArchitecturePackage.STAKEHOLDER: {
				Stakeholder stakeholder = (Stakeholder)theEObject;
				T result = caseStakeholder(stakeholder);
				if (result == null) result = caseElement(stakeholder);
				if (result == null) result = caseFolderItem(stakeholder);
				if (result == null) result = caseNamedElement(stakeholder);
				if (result == null) result = caseArchitectureObject(stakeholder);
				if (result == null) result = casePropertiesHolder(stakeholder);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ArchitecturePackage.ORGANISATION_UNIT: {
				OrganisationUnit organisationUnit = (OrganisationUnit)theEObject;
				T result = caseOrganisationUnit(organisationUnit);
				if (result == null) result = caseElement(organisationUnit);
				if (result == null) result = caseFolderItem(organisationUnit);
				if (result == null) result = caseNamedElement(organisationUnit);
				if (result == null) result = caseArchitectureObject(organisationUnit);
				if (result == null) result = casePropertiesHolder(organisationUnit);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ArchitecturePackage.ACCESS_CHANNEL: {
				AccessChannel accessChannel = (AccessChannel)theEObject;
				T result = caseAccessChannel(accessChannel);
				if (result == null) result = caseElement(accessChannel);
				if (result == null) result = caseFolderItem(accessChannel);
				if (result == null) result = caseNamedElement(accessChannel);
				if (result == null) result = caseArchitectureObject(accessChannel);
				if (result == null) result = casePropertiesHolder(accessChannel);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ArchitecturePackage.ADMINISTRATIVE_PROCEDURE: {
				AdministrativeProcedure administrativeProcedure = (AdministrativeProcedure)theEObject;
				T result = caseAdministrativeProcedure(administrativeProcedure);
				if (result == null) result = caseElement(administrativeProcedure);
				if (result == null) result = caseFolderItem(administrativeProcedure);
				if (result == null) result = caseNamedElement(administrativeProcedure);
				if (result == null) result = caseArchitectureObject(administrativeProcedure);
				if (result == null) result = casePropertiesHolder(administrativeProcedure);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ArchitecturePackage.BUSINESS_FUNCTION: {
				BusinessFunction businessFunction = (BusinessFunction)theEObject;
				T result = caseBusinessFunction(businessFunction);
				if (result == null) result = caseElement(businessFunction);
				if (result == null) result = caseFolderItem(businessFunction);
				if (result == null) result = caseNamedElement(businessFunction);
				if (result == null) result = caseArchitectureObject(businessFunction);
				if (result == null) result = casePropertiesHolder(businessFunction);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ArchitecturePackage.BUSINESS_PROCESS: {
				BusinessProcess businessProcess = (BusinessProcess)theEObject;
				T result = caseBusinessProcess(businessProcess);
				if (result == null) result = caseElement(businessProcess);
				if (result == null) result = caseFolderItem(businessProcess);
				if (result == null) result = caseNamedElement(businessProcess);
				if (result == null) result = caseArchitectureObject(businessProcess);
				if (result == null) result = casePropertiesHolder(businessProcess);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ArchitecturePackage.APPLICATION: {
				Application application = (Application)theEObject;
				T result = caseApplication(application);
				if (result == null) result = caseElement(application);
				if (result == null) result = caseFolderItem(application);
				if (result == null) result = caseNamedElement(application);
				if (result == null) result = caseArchitectureObject(application);
				if (result == null) result = casePropertiesHolder(application);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ArchitecturePackage.PORTAL: {
				Portal portal = (Portal)theEObject;
				T result = casePortal(portal);
				if (result == null) result = caseApplication(portal);
				if (result == null) result = caseElement(portal);
				if (result == null) result = caseFolderItem(portal);
				if (result == null) result = caseNamedElement(portal);
				if (result == null) result = caseArchitectureObject(portal);
				if (result == null) result = casePropertiesHolder(portal);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ArchitecturePackage.DATABASE: {
				Database database = (Database)theEObject;
				T result = caseDatabase(database);
				if (result == null) result = caseElement(database);
				if (result == null) result = caseFolderItem(database);
				if (result == null) result = caseNamedElement(database);
				if (result == null) result = caseArchitectureObject(database);
				if (result == null) result = casePropertiesHolder(database);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ArchitecturePackage.DATA_ENTITY: {
				DataEntity dataEntity = (DataEntity)theEObject;
				T result = caseDataEntity(dataEntity);
				if (result == null) result = caseElement(dataEntity);
				if (result == null) result = caseFolderItem(dataEntity);
				if (result == null) result = caseNamedElement(dataEntity);
				if (result == null) result = caseArchitectureObject(dataEntity);
				if (result == null) result = casePropertiesHolder(dataEntity);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ArchitecturePackage.REFERENCE_DATA: {
				ReferenceData referenceData = (ReferenceData)theEObject;
				T result = caseReferenceData(referenceData);
				if (result == null) result = caseDataEntity(referenceData);
				if (result == null) result = caseElement(referenceData);
				if (result == null) result = caseFolderItem(referenceData);
				if (result == null) result = caseNamedElement(referenceData);
				if (result == null) result = caseArchitectureObject(referenceData);
				if (result == null) result = casePropertiesHolder(referenceData);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ArchitecturePackage.INTEGRATION_PLATFORM: {
				IntegrationPlatform integrationPlatform = (IntegrationPlatform)theEObject;
				T result = caseIntegrationPlatform(integrationPlatform);
				if (result == null) result = caseElement(integrationPlatform);
				if (result == null) result = caseFolderItem(integrationPlatform);
				if (result == null) result = caseNamedElement(integrationPlatform);
				if (result == null) result = caseArchitectureObject(integrationPlatform);
				if (result == null) result = casePropertiesHolder(integrationPlatform);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ArchitecturePackage.INTEGRATION_SERVICE: {
				IntegrationService integrationService = (IntegrationService)theEObject;
				T result = caseIntegrationService(integrationService);
				if (result == null) result = caseElement(integrationService);
				if (result == null) result = caseFolderItem(integrationService);
				if (result == null) result = caseNamedElement(integrationService);
				if (result == null) result = caseArchitectureObject(integrationService);
				if (result == null) result = casePropertiesHolder(integrationService);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ArchitecturePackage.INFRASTRUCTURE: {
				Infrastructure infrastructure = (Infrastructure)theEObject;
				T result = caseInfrastructure(infrastructure);
				if (result == null) result = caseElement(infrastructure);
				if (result == null) result = caseFolderItem(infrastructure);
				if (result == null) result = caseNamedElement(infrastructure);
				if (result == null) result = caseArchitectureObject(infrastructure);
				if (result == null) result = casePropertiesHolder(infrastructure);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ArchitecturePackage.SECURITY_CONTROL: {
				SecurityControl securityControl = (SecurityControl)theEObject;
				T result = caseSecurityControl(securityControl);
				if (result == null) result = caseElement(securityControl);
				if (result == null) result = caseFolderItem(securityControl);
				if (result == null) result = caseNamedElement(securityControl);
				if (result == null) result = caseArchitectureObject(securityControl);
				if (result == null) result = casePropertiesHolder(securityControl);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ArchitecturePackage.REGULATION: {
				Regulation regulation = (Regulation)theEObject;
				T result = caseRegulation(regulation);
				if (result == null) result = caseElement(regulation);
				if (result == null) result = caseFolderItem(regulation);
				if (result == null) result = caseNamedElement(regulation);
				if (result == null) result = caseArchitectureObject(regulation);
				if (result == null) result = casePropertiesHolder(regulation);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ArchitecturePackage.POLICY: {
				Policy policy = (Policy)theEObject;
				T result = casePolicy(policy);
				if (result == null) result = caseRegulation(policy);
				if (result == null) result = caseElement(policy);
				if (result == null) result = caseFolderItem(policy);
				if (result == null) result = caseNamedElement(policy);
				if (result == null) result = caseArchitectureObject(policy);
				if (result == null) result = casePropertiesHolder(policy);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ArchitecturePackage.STANDARD: {
				Standard standard = (Standard)theEObject;
				T result = caseStandard(standard);
				if (result == null) result = caseRegulation(standard);
				if (result == null) result = caseElement(standard);
				if (result == null) result = caseFolderItem(standard);
				if (result == null) result = caseNamedElement(standard);
				if (result == null) result = caseArchitectureObject(standard);
				if (result == null) result = casePropertiesHolder(standard);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ArchitecturePackage.PROJECT: {
				Project project = (Project)theEObject;
				T result = caseProject(project);
				if (result == null) result = caseElement(project);
				if (result == null) result = caseFolderItem(project);
				if (result == null) result = caseNamedElement(project);
				if (result == null) result = caseArchitectureObject(project);
				if (result == null) result = casePropertiesHolder(project);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ArchitecturePackage.ROADMAP: {
				Roadmap roadmap = (Roadmap)theEObject;
				T result = caseRoadmap(roadmap);
				if (result == null) result = caseElement(roadmap);
				if (result == null) result = caseFolderItem(roadmap);
				if (result == null) result = caseNamedElement(roadmap);
				if (result == null) result = caseArchitectureObject(roadmap);
				if (result == null) result = casePropertiesHolder(roadmap);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ArchitecturePackage.ROADMAP_ITEM: {
				RoadmapItem roadmapItem = (RoadmapItem)theEObject;
				T result = caseRoadmapItem(roadmapItem);
				if (result == null) result = caseNamedElement(roadmapItem);
				if (result == null) result = caseArchitectureObject(roadmapItem);
				if (result == null) result = casePropertiesHolder(roadmapItem);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ArchitecturePackage.EXTERNAL_SYSTEM: {
				ExternalSystem externalSystem = (ExternalSystem)theEObject;
				T result = caseExternalSystem(externalSystem);
				if (result == null) result = caseElement(externalSystem);
				if (result == null) result = caseFolderItem(externalSystem);
				if (result == null) result = caseNamedElement(externalSystem);
				if (result == null) result = caseArchitectureObject(externalSystem);
				if (result == null) result = casePropertiesHolder(externalSystem);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ArchitecturePackage.RELATIONSHIP: {
				Relationship relationship = (Relationship)theEObject;
				T result = caseRelationship(relationship);
				if (result == null) result = caseFolderItem(relationship);
				if (result == null) result = caseNamedElement(relationship);
				if (result == null) result = caseArchitectureObject(relationship);
				if (result == null) result = casePropertiesHolder(relationship);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ArchitecturePackage.COMPOSES: {
				Composes composes = (Composes)theEObject;
				T result = caseComposes(composes);
				if (result == null) result = caseRelationship(composes);
				if (result == null) result = caseFolderItem(composes);
				if (result == null) result = caseNamedElement(composes);
				if (result == null) result = caseArchitectureObject(composes);
				if (result == null) result = casePropertiesHolder(composes);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ArchitecturePackage.SERVES: {
				Serves serves = (Serves)theEObject;
				T result = caseServes(serves);
				if (result == null) result = caseRelationship(serves);
				if (result == null) result = caseFolderItem(serves);
				if (result == null) result = caseNamedElement(serves);
				if (result == null) result = caseArchitectureObject(serves);
				if (result == null) result = casePropertiesHolder(serves);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ArchitecturePackage.ACCESSES: {
				Accesses accesses = (Accesses)theEObject;
				T result = caseAccesses(accesses);
				if (result == null) result = caseRelationship(accesses);
				if (result == null) result = caseFolderItem(accesses);
				if (result == null) result = caseNamedElement(accesses);
				if (result == null) result = caseArchitectureObject(accesses);
				if (result == null) result = casePropertiesHolder(accesses);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ArchitecturePackage.REALISES: {
				Realises realises = (Realises)theEObject;
				T result = caseRealises(realises);
				if (result == null) result = caseRelationship(realises);
				if (result == null) result = caseFolderItem(realises);
				if (result == null) result = caseNamedElement(realises);
				if (result == null) result = caseArchitectureObject(realises);
				if (result == null) result = casePropertiesHolder(realises);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ArchitecturePackage.FLOWS_VIA: {
				FlowsVia flowsVia = (FlowsVia)theEObject;
				T result = caseFlowsVia(flowsVia);
				if (result == null) result = caseRelationship(flowsVia);
				if (result == null) result = caseFolderItem(flowsVia);
				if (result == null) result = caseNamedElement(flowsVia);
				if (result == null) result = caseArchitectureObject(flowsVia);
				if (result == null) result = casePropertiesHolder(flowsVia);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ArchitecturePackage.DEPLOYED_ON: {
				DeployedOn deployedOn = (DeployedOn)theEObject;
				T result = caseDeployedOn(deployedOn);
				if (result == null) result = caseRelationship(deployedOn);
				if (result == null) result = caseFolderItem(deployedOn);
				if (result == null) result = caseNamedElement(deployedOn);
				if (result == null) result = caseArchitectureObject(deployedOn);
				if (result == null) result = casePropertiesHolder(deployedOn);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ArchitecturePackage.OWNS: {
				Owns owns = (Owns)theEObject;
				T result = caseOwns(owns);
				if (result == null) result = caseRelationship(owns);
				if (result == null) result = caseFolderItem(owns);
				if (result == null) result = caseNamedElement(owns);
				if (result == null) result = caseArchitectureObject(owns);
				if (result == null) result = casePropertiesHolder(owns);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ArchitecturePackage.COMPLIES_WITH: {
				CompliesWith compliesWith = (CompliesWith)theEObject;
				T result = caseCompliesWith(compliesWith);
				if (result == null) result = caseRelationship(compliesWith);
				if (result == null) result = caseFolderItem(compliesWith);
				if (result == null) result = caseNamedElement(compliesWith);
				if (result == null) result = caseArchitectureObject(compliesWith);
				if (result == null) result = casePropertiesHolder(compliesWith);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ArchitecturePackage.PROTECTS: {
				Protects protects = (Protects)theEObject;
				T result = caseProtects(protects);
				if (result == null) result = caseRelationship(protects);
				if (result == null) result = caseFolderItem(protects);
				if (result == null) result = caseNamedElement(protects);
				if (result == null) result = caseArchitectureObject(protects);
				if (result == null) result = casePropertiesHolder(protects);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ArchitecturePackage.REPLACES: {
				Replaces replaces = (Replaces)theEObject;
				T result = caseReplaces(replaces);
				if (result == null) result = caseRelationship(replaces);
				if (result == null) result = caseFolderItem(replaces);
				if (result == null) result = caseNamedElement(replaces);
				if (result == null) result = caseArchitectureObject(replaces);
				if (result == null) result = casePropertiesHolder(replaces);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ArchitecturePackage.DIAGRAM_CONTAINER: {
				DiagramContainer diagramContainer = (DiagramContainer)theEObject;
				T result = caseDiagramContainer(diagramContainer);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ArchitecturePackage.DIAGRAM: {
				Diagram diagram = (Diagram)theEObject;
				T result = caseDiagram(diagram);
				if (result == null) result = caseFolderItem(diagram);
				if (result == null) result = caseDiagramContainer(diagram);
				if (result == null) result = caseNamedElement(diagram);
				if (result == null) result = caseArchitectureObject(diagram);
				if (result == null) result = casePropertiesHolder(diagram);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ArchitecturePackage.DIAGRAM_COMPONENT: {
				DiagramComponent diagramComponent = (DiagramComponent)theEObject;
				T result = caseDiagramComponent(diagramComponent);
				if (result == null) result = caseArchitectureObject(diagramComponent);
				if (result == null) result = casePropertiesHolder(diagramComponent);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ArchitecturePackage.DIAGRAM_SHAPE: {
				DiagramShape diagramShape = (DiagramShape)theEObject;
				T result = caseDiagramShape(diagramShape);
				if (result == null) result = caseDiagramComponent(diagramShape);
				if (result == null) result = caseDiagramContainer(diagramShape);
				if (result == null) result = caseArchitectureObject(diagramShape);
				if (result == null) result = casePropertiesHolder(diagramShape);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ArchitecturePackage.DIAGRAM_NODE: {
				DiagramNode diagramNode = (DiagramNode)theEObject;
				T result = caseDiagramNode(diagramNode);
				if (result == null) result = caseDiagramShape(diagramNode);
				if (result == null) result = caseDiagramComponent(diagramNode);
				if (result == null) result = caseDiagramContainer(diagramNode);
				if (result == null) result = caseArchitectureObject(diagramNode);
				if (result == null) result = casePropertiesHolder(diagramNode);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ArchitecturePackage.DIAGRAM_GROUP: {
				DiagramGroup diagramGroup = (DiagramGroup)theEObject;
				T result = caseDiagramGroup(diagramGroup);
				if (result == null) result = caseDiagramShape(diagramGroup);
				if (result == null) result = caseDiagramComponent(diagramGroup);
				if (result == null) result = caseDiagramContainer(diagramGroup);
				if (result == null) result = caseArchitectureObject(diagramGroup);
				if (result == null) result = casePropertiesHolder(diagramGroup);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ArchitecturePackage.DIAGRAM_CONNECTION: {
				DiagramConnection diagramConnection = (DiagramConnection)theEObject;
				T result = caseDiagramConnection(diagramConnection);
				if (result == null) result = caseDiagramComponent(diagramConnection);
				if (result == null) result = caseArchitectureObject(diagramConnection);
				if (result == null) result = casePropertiesHolder(diagramConnection);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			case ArchitecturePackage.BENDPOINT: {
				Bendpoint bendpoint = (Bendpoint)theEObject;
				T result = caseBendpoint(bendpoint);
				if (result == null) result = defaultCase(theEObject);
				return result;
			}
			default: return defaultCase(theEObject);
		}
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Properties Holder</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Properties Holder</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePropertiesHolder(PropertiesHolder object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Property</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Property</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseProperty(Property object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Object</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Object</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseArchitectureObject(ArchitectureObject object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Named Element</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Named Element</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseNamedElement(NamedElement object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Architecture</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Architecture</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseArchitecture(Architecture object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Folder</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Folder</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFolder(Folder object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Folder Item</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Folder Item</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFolderItem(FolderItem object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Element</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Element</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseElement(Element object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Stakeholder</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Stakeholder</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStakeholder(Stakeholder object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Organisation Unit</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Organisation Unit</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOrganisationUnit(OrganisationUnit object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Access Channel</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Access Channel</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAccessChannel(AccessChannel object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Administrative Procedure</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Administrative Procedure</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAdministrativeProcedure(AdministrativeProcedure object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Business Function</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Business Function</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseBusinessFunction(BusinessFunction object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Business Process</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Business Process</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseBusinessProcess(BusinessProcess object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Application</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Application</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseApplication(Application object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Portal</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Portal</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePortal(Portal object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Database</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Database</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDatabase(Database object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Data Entity</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Data Entity</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDataEntity(DataEntity object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Reference Data</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Reference Data</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseReferenceData(ReferenceData object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Integration Platform</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Integration Platform</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseIntegrationPlatform(IntegrationPlatform object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Integration Service</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Integration Service</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseIntegrationService(IntegrationService object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Infrastructure</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Infrastructure</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseInfrastructure(Infrastructure object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Security Control</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Security Control</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseSecurityControl(SecurityControl object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Regulation</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Regulation</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRegulation(Regulation object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Policy</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Policy</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T casePolicy(Policy object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Standard</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Standard</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseStandard(Standard object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Project</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Project</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseProject(Project object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Roadmap</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Roadmap</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRoadmap(Roadmap object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Roadmap Item</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Roadmap Item</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRoadmapItem(RoadmapItem object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>External System</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>External System</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseExternalSystem(ExternalSystem object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Relationship</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Relationship</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRelationship(Relationship object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Composes</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Composes</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseComposes(Composes object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Serves</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Serves</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseServes(Serves object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Accesses</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Accesses</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseAccesses(Accesses object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Realises</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Realises</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseRealises(Realises object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Flows Via</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Flows Via</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseFlowsVia(FlowsVia object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Deployed On</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Deployed On</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDeployedOn(DeployedOn object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Owns</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Owns</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseOwns(Owns object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Complies With</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Complies With</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseCompliesWith(CompliesWith object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Protects</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Protects</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseProtects(Protects object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Replaces</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Replaces</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseReplaces(Replaces object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Diagram Container</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Diagram Container</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDiagramContainer(DiagramContainer object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Diagram</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Diagram</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDiagram(Diagram object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Diagram Component</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Diagram Component</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDiagramComponent(DiagramComponent object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Diagram Shape</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Diagram Shape</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDiagramShape(DiagramShape object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Diagram Node</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Diagram Node</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDiagramNode(DiagramNode object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Diagram Group</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Diagram Group</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDiagramGroup(DiagramGroup object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Diagram Connection</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Diagram Connection</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseDiagramConnection(DiagramConnection object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>Bendpoint</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>Bendpoint</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject) doSwitch(EObject)
	 * @generated
	 */
	public T caseBendpoint(Bendpoint object) {
		return null;
	}

	/**
	 * Returns the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * <!-- begin-user-doc -->
	 * This implementation returns null;
	 * returning a non-null result will terminate the switch, but this is the last case anyway.
	 * <!-- end-user-doc -->
	 * @param object the target of the switch.
	 * @return the result of interpreting the object as an instance of '<em>EObject</em>'.
	 * @see #doSwitch(org.eclipse.emf.ecore.EObject)
	 * @generated
	 */
	@Override
	public T defaultCase(EObject object) {
		return null;
	}

} //ArchitectureSwitch
