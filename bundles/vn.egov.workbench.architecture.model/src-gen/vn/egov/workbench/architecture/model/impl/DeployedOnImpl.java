/**
 * Copyright (c) e-Government Workbench contributors. Generated from model/architecture.ecore.
 */
package vn.egov.workbench.architecture.model.impl;

import org.eclipse.emf.ecore.EClass;

import vn.egov.workbench.architecture.model.ArchitecturePackage;
import vn.egov.workbench.architecture.model.DeployedOn;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Deployed On</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class DeployedOnImpl extends RelationshipImpl implements DeployedOn {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DeployedOnImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ArchitecturePackage.Literals.DEPLOYED_ON;
	}

} //DeployedOnImpl
