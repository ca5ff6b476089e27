/**
 * Copyright (c) e-Government Workbench contributors. Generated from model/architecture.ecore.
 */
package vn.egov.workbench.architecture.model.impl;

import org.eclipse.emf.ecore.EClass;

import vn.egov.workbench.architecture.model.ArchitecturePackage;
import vn.egov.workbench.architecture.model.FlowsVia;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Flows Via</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class FlowsViaImpl extends RelationshipImpl implements FlowsVia {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FlowsViaImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ArchitecturePackage.Literals.FLOWS_VIA;
	}

} //FlowsViaImpl
