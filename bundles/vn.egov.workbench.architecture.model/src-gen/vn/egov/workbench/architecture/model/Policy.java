/**
 * Copyright (c) e-Government Workbench contributors. Generated from model/architecture.ecore.
 */
package vn.egov.workbench.architecture.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Policy</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see vn.egov.workbench.architecture.model.ArchitecturePackage#getPolicy()
 * @model
 * @generated
 */
public interface Policy extends Regulation {
} // Policy
