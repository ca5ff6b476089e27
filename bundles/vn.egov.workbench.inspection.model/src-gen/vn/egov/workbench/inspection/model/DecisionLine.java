/**
 * Copyright (c) e-Government Workbench contributors. Generated from model/inspection.ecore.
 */
package vn.egov.workbench.inspection.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Decision Line</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The fine for one behaviour: the article, the violator's range, the circumstances and the amount.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link vn.egov.workbench.inspection.model.DecisionLine#getDecreeId <em>Decree Id</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.DecisionLine#getArticleRef <em>Article Ref</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.DecisionLine#getRangeMin <em>Range Min</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.DecisionLine#getRangeMax <em>Range Max</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.DecisionLine#getMitigating <em>Mitigating</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.DecisionLine#getAggravating <em>Aggravating</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.DecisionLine#getFine <em>Fine</em>}</li>
 * </ul>
 *
 * @see vn.egov.workbench.inspection.model.InspectionPackage#getDecisionLine()
 * @model
 * @generated
 */
public interface DecisionLine extends EObject {
	/**
	 * Returns the value of the '<em><b>Decree Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Decree Id</em>' attribute.
	 * @see #setDecreeId(String)
	 * @see vn.egov.workbench.inspection.model.InspectionPackage#getDecisionLine_DecreeId()
	 * @model
	 * @generated
	 */
	String getDecreeId();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.inspection.model.DecisionLine#getDecreeId <em>Decree Id</em>}' attribute.
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
	 * @return the value of the '<em>Article Ref</em>' attribute.
	 * @see #setArticleRef(String)
	 * @see vn.egov.workbench.inspection.model.InspectionPackage#getDecisionLine_ArticleRef()
	 * @model
	 * @generated
	 */
	String getArticleRef();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.inspection.model.DecisionLine#getArticleRef <em>Article Ref</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Article Ref</em>' attribute.
	 * @see #getArticleRef()
	 * @generated
	 */
	void setArticleRef(String value);

	/**
	 * Returns the value of the '<em><b>Range Min</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Range Min</em>' attribute.
	 * @see #setRangeMin(long)
	 * @see vn.egov.workbench.inspection.model.InspectionPackage#getDecisionLine_RangeMin()
	 * @model
	 * @generated
	 */
	long getRangeMin();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.inspection.model.DecisionLine#getRangeMin <em>Range Min</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Range Min</em>' attribute.
	 * @see #getRangeMin()
	 * @generated
	 */
	void setRangeMin(long value);

	/**
	 * Returns the value of the '<em><b>Range Max</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Range Max</em>' attribute.
	 * @see #setRangeMax(long)
	 * @see vn.egov.workbench.inspection.model.InspectionPackage#getDecisionLine_RangeMax()
	 * @model
	 * @generated
	 */
	long getRangeMax();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.inspection.model.DecisionLine#getRangeMax <em>Range Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Range Max</em>' attribute.
	 * @see #getRangeMax()
	 * @generated
	 */
	void setRangeMax(long value);

	/**
	 * Returns the value of the '<em><b>Mitigating</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mitigating</em>' attribute.
	 * @see #setMitigating(int)
	 * @see vn.egov.workbench.inspection.model.InspectionPackage#getDecisionLine_Mitigating()
	 * @model
	 * @generated
	 */
	int getMitigating();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.inspection.model.DecisionLine#getMitigating <em>Mitigating</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mitigating</em>' attribute.
	 * @see #getMitigating()
	 * @generated
	 */
	void setMitigating(int value);

	/**
	 * Returns the value of the '<em><b>Aggravating</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Aggravating</em>' attribute.
	 * @see #setAggravating(int)
	 * @see vn.egov.workbench.inspection.model.InspectionPackage#getDecisionLine_Aggravating()
	 * @model
	 * @generated
	 */
	int getAggravating();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.inspection.model.DecisionLine#getAggravating <em>Aggravating</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Aggravating</em>' attribute.
	 * @see #getAggravating()
	 * @generated
	 */
	void setAggravating(int value);

	/**
	 * Returns the value of the '<em><b>Fine</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fine</em>' attribute.
	 * @see #setFine(long)
	 * @see vn.egov.workbench.inspection.model.InspectionPackage#getDecisionLine_Fine()
	 * @model
	 * @generated
	 */
	long getFine();

	/**
	 * Sets the value of the '{@link vn.egov.workbench.inspection.model.DecisionLine#getFine <em>Fine</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fine</em>' attribute.
	 * @see #getFine()
	 * @generated
	 */
	void setFine(long value);

} // DecisionLine
