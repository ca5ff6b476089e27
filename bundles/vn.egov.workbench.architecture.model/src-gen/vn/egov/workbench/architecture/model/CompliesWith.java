/**
 * Copyright (c) e-Government Workbench contributors. Generated from model/architecture.ecore.
 */
package vn.egov.workbench.architecture.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Complies With</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The source complies with the target policy or standard. ArchiMate: Realization of a Principle/Requirement.
 * <!-- end-model-doc -->
 *
 *
 * @see vn.egov.workbench.architecture.model.ArchitecturePackage#getCompliesWith()
 * @model
 * @generated
 */
public interface CompliesWith extends Relationship {
} // CompliesWith
