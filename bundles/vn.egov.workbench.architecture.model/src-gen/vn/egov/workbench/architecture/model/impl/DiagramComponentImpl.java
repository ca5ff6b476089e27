/**
 * Copyright (c) e-Government Workbench contributors. Generated from model/architecture.ecore.
 */
package vn.egov.workbench.architecture.model.impl;

import org.eclipse.emf.ecore.EClass;

import vn.egov.workbench.architecture.model.ArchitecturePackage;
import vn.egov.workbench.architecture.model.DiagramComponent;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Diagram Component</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public abstract class DiagramComponentImpl extends ArchitectureObjectImpl implements DiagramComponent {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DiagramComponentImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ArchitecturePackage.Literals.DIAGRAM_COMPONENT;
	}

} //DiagramComponentImpl
