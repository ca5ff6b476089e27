/**
 * Copyright (c) e-Government Workbench contributors. Generated from model/architecture.ecore.
 */
package vn.egov.workbench.architecture.model.impl;

import org.eclipse.emf.ecore.EClass;

import vn.egov.workbench.architecture.model.ArchitecturePackage;
import vn.egov.workbench.architecture.model.ReferenceData;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Reference Data</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class ReferenceDataImpl extends DataEntityImpl implements ReferenceData {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ReferenceDataImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ArchitecturePackage.Literals.REFERENCE_DATA;
	}

} //ReferenceDataImpl
