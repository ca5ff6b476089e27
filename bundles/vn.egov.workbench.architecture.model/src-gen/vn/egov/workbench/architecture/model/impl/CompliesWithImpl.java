/**
 * Copyright (c) e-Government Workbench contributors. Generated from model/architecture.ecore.
 */
package vn.egov.workbench.architecture.model.impl;

import org.eclipse.emf.ecore.EClass;

import vn.egov.workbench.architecture.model.ArchitecturePackage;
import vn.egov.workbench.architecture.model.CompliesWith;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Complies With</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class CompliesWithImpl extends RelationshipImpl implements CompliesWith {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CompliesWithImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ArchitecturePackage.Literals.COMPLIES_WITH;
	}

} //CompliesWithImpl
