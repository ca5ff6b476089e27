/**
 * Copyright (c) e-Government Workbench contributors. Generated from model/architecture.ecore.
 */
package vn.egov.workbench.architecture.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Accesses</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The source reads or writes the target data. ArchiMate: Access.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link vn.egov.workbench.architecture.model.Accesses#getAccessMode <em>Access Mode</em>}</li>
 * </ul>
 *
 * @see vn.egov.workbench.architecture.model.ArchitecturePackage#getAccesses()
 * @model
 * @generated
 */
public interface Accesses extends Relationship {
	/**
	 * Returns the value of the '<em><b>Access Mode</b></em>' attribute.
	 * The default value is <code>"READ"</code>.
	 * The literals are from the enumeration {@link vn.egov.workbench.architecture.model.AccessMode}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Access Mode</em>' attribute.
	 * @see vn.egov.workbench.architecture.model.AccessMode
	 * @see #setAccessMode(AccessMode)
	 * @see vn.egov.workbench.architecture.model.ArchitecturePackage#getAccesses_AccessMode()
	 * @model default="READ"
	 * @generated
	 */
	AccessMode getAccessMode();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.architecture.model.Accesses#getAccessMode <em>Access Mode</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Access Mode</em>' attribute.
	 * @see vn.egov.workbench.architecture.model.AccessMode
	 * @see #getAccessMode()
	 * @generated
	 */
	void setAccessMode(AccessMode value);

} // Accesses
