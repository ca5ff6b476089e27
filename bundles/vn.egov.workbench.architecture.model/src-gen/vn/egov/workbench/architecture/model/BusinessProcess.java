/**
 * Copyright (c) e-Government Workbench contributors. Generated from model/architecture.ecore.
 */
package vn.egov.workbench.architecture.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Business Process</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see vn.egov.workbench.architecture.model.ArchitecturePackage#getBusinessProcess()
 * @model
 * @generated
 */
public interface BusinessProcess extends Element {
} // BusinessProcess
