/**
 * Copyright (c) e-Government Workbench contributors. Generated from model/inspection.ecore.
 */
package vn.egov.workbench.inspection.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Behaviour</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One violating behaviour, referencing a catalogue article.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link vn.egov.workbench.inspection.model.Behaviour#getDecreeId <em>Decree Id</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.Behaviour#getArticleRef <em>Article Ref</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.Behaviour#getDescription <em>Description</em>}</li>
 * </ul>
 *
 * @see vn.egov.workbench.inspection.model.InspectionPackage#getBehaviour()
 * @model
 * @generated
 */
public interface Behaviour extends EObject {
	/**
	 * Returns the value of the '<em><b>Decree Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The catalogue key of the decree, e.g. 15/2020.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Decree Id</em>' attribute.
	 * @see #setDecreeId(String)
	 * @see vn.egov.workbench.inspection.model.InspectionPackage#getBehaviour_DecreeId()
	 * @model
	 * @generated
	 */
	String getDecreeId();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.inspection.model.Behaviour#getDecreeId <em>Decree Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Decree Id</em>' attribute.
	 * @see #getDecreeId()
	 * @generated
	 */
	void setDecreeId(String value);

	/**
	 * Returns the value of the '<em><b>Article Ref</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The citation, e.g. Đ8 k2.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Article Ref</em>' attribute.
	 * @see #setArticleRef(String)
	 * @see vn.egov.workbench.inspection.model.InspectionPackage#getBehaviour_ArticleRef()
	 * @model
	 * @generated
	 */
	String getArticleRef();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.inspection.model.Behaviour#getArticleRef <em>Article Ref</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Article Ref</em>' attribute.
	 * @see #getArticleRef()
	 * @generated
	 */
	void setArticleRef(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What was found.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see vn.egov.workbench.inspection.model.InspectionPackage#getBehaviour_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.inspection.model.Behaviour#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

} // Behaviour
