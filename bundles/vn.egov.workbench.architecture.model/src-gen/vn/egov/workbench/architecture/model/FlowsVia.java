/**
 * Copyright (c) e-Government Workbench contributors. Generated from model/architecture.ecore.
 */
package vn.egov.workbench.architecture.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Flows Via</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Information of the source flows via the target (an integration platform, service or channel). ArchiMate: Flow.
 * <!-- end-model-doc -->
 *
 *
 * @see vn.egov.workbench.architecture.model.ArchitecturePackage#getFlowsVia()
 * @model
 * @generated
 */
public interface FlowsVia extends Relationship {
} // FlowsVia
