/**
 * Copyright (c) e-Government Workbench contributors. Generated from model/architecture.ecore.
 */
package vn.egov.workbench.architecture.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Folder</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A folder of the model tree (as in Archi). Top-level folders have a type; folders that users add below them are USER folders.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link vn.egov.workbench.architecture.model.Folder#getFolderType <em>Folder Type</em>}</li>
 *   <li>{@link vn.egov.workbench.architecture.model.Folder#getFolders <em>Folders</em>}</li>
 *   <li>{@link vn.egov.workbench.architecture.model.Folder#getItems <em>Items</em>}</li>
 * </ul>
 *
 * @see vn.egov.workbench.architecture.model.ArchitecturePackage#getFolder()
 * @model
 * @generated
 */
public interface Folder extends NamedElement {
	/**
	 * Returns the value of the '<em><b>Folder Type</b></em>' attribute.
	 * The default value is <code>"USER"</code>.
	 * The literals are from the enumeration {@link vn.egov.workbench.architecture.model.FolderType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Folder Type</em>' attribute.
	 * @see vn.egov.workbench.architecture.model.FolderType
	 * @see #setFolderType(FolderType)
	 * @see vn.egov.workbench.architecture.model.ArchitecturePackage#getFolder_FolderType()
	 * @model default="USER"
	 * @generated
	 */
	FolderType getFolderType();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.architecture.model.Folder#getFolderType <em>Folder Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Folder Type</em>' attribute.
	 * @see vn.egov.workbench.architecture.model.FolderType
	 * @see #getFolderType()
	 * @generated
	 */
	void setFolderType(FolderType value);

	/**
	 * Returns the value of the '<em><b>Folders</b></em>' containment reference list.
	 * The list contents are of type {@link vn.egov.workbench.architecture.model.Folder}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Folders</em>' containment reference list.
	 * @see vn.egov.workbench.architecture.model.ArchitecturePackage#getFolder_Folders()
	 * @model containment="true"
	 * @generated
	 */
	EList<Folder> getFolders();

	/**
	 * Returns the value of the '<em><b>Items</b></em>' containment reference list.
	 * The list contents are of type {@link vn.egov.workbench.architecture.model.FolderItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Items</em>' containment reference list.
	 * @see vn.egov.workbench.architecture.model.ArchitecturePackage#getFolder_Items()
	 * @model containment="true"
	 * @generated
	 */
	EList<FolderItem> getItems();

} // Folder
