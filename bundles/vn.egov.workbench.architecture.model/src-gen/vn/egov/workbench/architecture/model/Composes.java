/**
 * Copyright (c) e-Government Workbench contributors. Generated from model/architecture.ecore.
 */
package vn.egov.workbench.architecture.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Composes</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The source (the whole) is composed of the target (a part). ArchiMate: Composition.
 * <!-- end-model-doc -->
 *
 *
 * @see vn.egov.workbench.architecture.model.ArchitecturePackage#getComposes()
 * @model
 * @generated
 */
public interface Composes extends Relationship {
} // Composes
