/**
 * Copyright (c) e-Government Workbench contributors. Generated from model/architecture.ecore.
 */
package vn.egov.workbench.architecture.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Deployed On</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The source runs on the target infrastructure. ArchiMate: Assignment (node to system software/artifact).
 * <!-- end-model-doc -->
 *
 *
 * @see vn.egov.workbench.architecture.model.ArchitecturePackage#getDeployedOn()
 * @model
 * @generated
 */
public interface DeployedOn extends Relationship {
} // DeployedOn
