/**
 * Copyright (c) e-Government Workbench contributors. Generated from model/architecture.ecore.
 */
package vn.egov.workbench.architecture.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Realises</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The source realises the target. ArchiMate: Realization.
 * <!-- end-model-doc -->
 *
 *
 * @see vn.egov.workbench.architecture.model.ArchitecturePackage#getRealises()
 * @model
 * @generated
 */
public interface Realises extends Relationship {
} // Realises
