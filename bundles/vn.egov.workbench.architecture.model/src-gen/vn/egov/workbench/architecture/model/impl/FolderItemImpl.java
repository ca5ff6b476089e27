/**
 * Copyright (c) e-Government Workbench contributors. Generated from model/architecture.ecore.
 */
package vn.egov.workbench.architecture.model.impl;

import org.eclipse.emf.ecore.EClass;

import vn.egov.workbench.architecture.model.ArchitecturePackage;
import vn.egov.workbench.architecture.model.FolderItem;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Folder Item</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public abstract class FolderItemImpl extends NamedElementImpl implements FolderItem {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected FolderItemImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ArchitecturePackage.Literals.FOLDER_ITEM;
	}

} //FolderItemImpl
