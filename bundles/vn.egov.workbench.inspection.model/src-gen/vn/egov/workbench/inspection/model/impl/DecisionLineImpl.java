/**
 * Copyright (c) e-Government Workbench contributors. Generated from model/inspection.ecore.
 */
package vn.egov.workbench.inspection.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import vn.egov.workbench.inspection.model.DecisionLine;
import vn.egov.workbench.inspection.model.InspectionPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Decision Line</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link vn.egov.workbench.inspection.model.impl.DecisionLineImpl#getDecreeId <em>Decree Id</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.impl.DecisionLineImpl#getArticleRef <em>Article Ref</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.impl.DecisionLineImpl#getRangeMin <em>Range Min</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.impl.DecisionLineImpl#getRangeMax <em>Range Max</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.impl.DecisionLineImpl#getMitigating <em>Mitigating</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.impl.DecisionLineImpl#getAggravating <em>Aggravating</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.impl.DecisionLineImpl#getFine <em>Fine</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DecisionLineImpl extends MinimalEObjectImpl.Container implements DecisionLine {
	/**
	 * The default value of the '{@link #getDecreeId() <em>Decree Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecreeId()
	 * @generated
	 * @ordered
	 */
	protected static final String DECREE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDecreeId() <em>Decree Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDecreeId()
	 * @generated
	 * @ordered
	 */
	protected String decreeId = DECREE_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getArticleRef() <em>Article Ref</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArticleRef()
	 * @generated
	 * @ordered
	 */
	protected static final String ARTICLE_REF_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getArticleRef() <em>Article Ref</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getArticleRef()
	 * @generated
	 * @ordered
	 */
	protected String articleRef = ARTICLE_REF_EDEFAULT;

	/**
	 * The default value of the '{@link #getRangeMin() <em>Range Min</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRangeMin()
	 * @generated
	 * @ordered
	 */
	protected static final long RANGE_MIN_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getRangeMin() <em>Range Min</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRangeMin()
	 * @generated
	 * @ordered
	 */
	protected long rangeMin = RANGE_MIN_EDEFAULT;

	/**
	 * The default value of the '{@link #getRangeMax() <em>Range Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRangeMax()
	 * @generated
	 * @ordered
	 */
	protected static final long RANGE_MAX_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getRangeMax() <em>Range Max</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRangeMax()
	 * @generated
	 * @ordered
	 */
	protected long rangeMax = RANGE_MAX_EDEFAULT;

	/**
	 * The default value of the '{@link #getMitigating() <em>Mitigating</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMitigating()
	 * @generated
	 * @ordered
	 */
	protected static final int MITIGATING_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMitigating() <em>Mitigating</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMitigating()
	 * @generated
	 * @ordered
	 */
	protected int mitigating = MITIGATING_EDEFAULT;

	/**
	 * The default value of the '{@link #getAggravating() <em>Aggravating</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAggravating()
	 * @generated
	 * @ordered
	 */
	protected static final int AGGRAVATING_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getAggravating() <em>Aggravating</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAggravating()
	 * @generated
	 * @ordered
	 */
	protected int aggravating = AGGRAVATING_EDEFAULT;

	/**
	 * The default value of the '{@link #getFine() <em>Fine</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFine()
	 * @generated
	 * @ordered
	 */
	protected static final long FINE_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getFine() <em>Fine</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFine()
	 * @generated
	 * @ordered
	 */
	protected long fine = FINE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DecisionLineImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return InspectionPackage.Literals.DECISION_LINE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDecreeId() {
		return decreeId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDecreeId(String newDecreeId) {
		String oldDecreeId = decreeId;
		decreeId = newDecreeId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.DECISION_LINE__DECREE_ID, oldDecreeId, decreeId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getArticleRef() {
		return articleRef;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setArticleRef(String newArticleRef) {
		String oldArticleRef = articleRef;
		articleRef = newArticleRef;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.DECISION_LINE__ARTICLE_REF, oldArticleRef, articleRef));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getRangeMin() {
		return rangeMin;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRangeMin(long newRangeMin) {
		long oldRangeMin = rangeMin;
		rangeMin = newRangeMin;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.DECISION_LINE__RANGE_MIN, oldRangeMin, rangeMin));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getRangeMax() {
		return rangeMax;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRangeMax(long newRangeMax) {
		long oldRangeMax = rangeMax;
		rangeMax = newRangeMax;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.DECISION_LINE__RANGE_MAX, oldRangeMax, rangeMax));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMitigating() {
		return mitigating;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMitigating(int newMitigating) {
		int oldMitigating = mitigating;
		mitigating = newMitigating;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.DECISION_LINE__MITIGATING, oldMitigating, mitigating));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getAggravating() {
		return aggravating;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAggravating(int newAggravating) {
		int oldAggravating = aggravating;
		aggravating = newAggravating;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.DECISION_LINE__AGGRAVATING, oldAggravating, aggravating));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getFine() {
		return fine;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFine(long newFine) {
		long oldFine = fine;
		fine = newFine;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.DECISION_LINE__FINE, oldFine, fine));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case InspectionPackage.DECISION_LINE__DECREE_ID:
				return getDecreeId();
			case InspectionPackage.DECISION_LINE__ARTICLE_REF:
				return getArticleRef();
			case InspectionPackage.DECISION_LINE__RANGE_MIN:
				return getRangeMin();
			case InspectionPackage.DECISION_LINE__RANGE_MAX:
				return getRangeMax();
			case InspectionPackage.DECISION_LINE__MITIGATING:
				return getMitigating();
			case InspectionPackage.DECISION_LINE__AGGRAVATING:
				return getAggravating();
			case InspectionPackage.DECISION_LINE__FINE:
				return getFine();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case InspectionPackage.DECISION_LINE__DECREE_ID:
				setDecreeId((String)newValue);
				return;
			case InspectionPackage.DECISION_LINE__ARTICLE_REF:
				setArticleRef((String)newValue);
				return;
			case InspectionPackage.DECISION_LINE__RANGE_MIN:
				setRangeMin((Long)newValue);
				return;
			case InspectionPackage.DECISION_LINE__RANGE_MAX:
				setRangeMax((Long)newValue);
				return;
			case InspectionPackage.DECISION_LINE__MITIGATING:
				setMitigating((Integer)newValue);
				return;
			case InspectionPackage.DECISION_LINE__AGGRAVATING:
				setAggravating((Integer)newValue);
				return;
			case InspectionPackage.DECISION_LINE__FINE:
				setFine((Long)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case InspectionPackage.DECISION_LINE__DECREE_ID:
				setDecreeId(DECREE_ID_EDEFAULT);
				return;
			case InspectionPackage.DECISION_LINE__ARTICLE_REF:
				setArticleRef(ARTICLE_REF_EDEFAULT);
				return;
			case InspectionPackage.DECISION_LINE__RANGE_MIN:
				setRangeMin(RANGE_MIN_EDEFAULT);
				return;
			case InspectionPackage.DECISION_LINE__RANGE_MAX:
				setRangeMax(RANGE_MAX_EDEFAULT);
				return;
			case InspectionPackage.DECISION_LINE__MITIGATING:
				setMitigating(MITIGATING_EDEFAULT);
				return;
			case InspectionPackage.DECISION_LINE__AGGRAVATING:
				setAggravating(AGGRAVATING_EDEFAULT);
				return;
			case InspectionPackage.DECISION_LINE__FINE:
				setFine(FINE_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case InspectionPackage.DECISION_LINE__DECREE_ID:
				return DECREE_ID_EDEFAULT == null ? decreeId != null : !DECREE_ID_EDEFAULT.equals(decreeId);
			case InspectionPackage.DECISION_LINE__ARTICLE_REF:
				return ARTICLE_REF_EDEFAULT == null ? articleRef != null : !ARTICLE_REF_EDEFAULT.equals(articleRef);
			case InspectionPackage.DECISION_LINE__RANGE_MIN:
				return rangeMin != RANGE_MIN_EDEFAULT;
			case InspectionPackage.DECISION_LINE__RANGE_MAX:
				return rangeMax != RANGE_MAX_EDEFAULT;
			case InspectionPackage.DECISION_LINE__MITIGATING:
				return mitigating != MITIGATING_EDEFAULT;
			case InspectionPackage.DECISION_LINE__AGGRAVATING:
				return aggravating != AGGRAVATING_EDEFAULT;
			case InspectionPackage.DECISION_LINE__FINE:
				return fine != FINE_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (decreeId: ");
		result.append(decreeId);
		result.append(", articleRef: ");
		result.append(articleRef);
		result.append(", rangeMin: ");
		result.append(rangeMin);
		result.append(", rangeMax: ");
		result.append(rangeMax);
		result.append(", mitigating: ");
		result.append(mitigating);
		result.append(", aggravating: ");
		result.append(aggravating);
		result.append(", fine: ");
		result.append(fine);
		result.append(')');
		return result.toString();
	}

} //DecisionLineImpl
