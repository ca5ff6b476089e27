/**
 * Copyright (c) e-Government Workbench contributors. Generated from model/inspection.ecore.
 */
package vn.egov.workbench.inspection.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import vn.egov.workbench.inspection.model.Behaviour;
import vn.egov.workbench.inspection.model.InspectionPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Behaviour</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link vn.egov.workbench.inspection.model.impl.BehaviourImpl#getDecreeId <em>Decree Id</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.impl.BehaviourImpl#getArticleRef <em>Article Ref</em>}</li>
 *   <li>{@link vn.egov.workbench.inspection.model.impl.BehaviourImpl#getDescription <em>Description</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BehaviourImpl extends MinimalEObjectImpl.Container implements Behaviour {
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
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected BehaviourImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return InspectionPackage.Literals.BEHAVIOUR;
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
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.BEHAVIOUR__DECREE_ID, oldDecreeId, decreeId));
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
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.BEHAVIOUR__ARTICLE_REF, oldArticleRef, articleRef));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, InspectionPackage.BEHAVIOUR__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case InspectionPackage.BEHAVIOUR__DECREE_ID:
				return getDecreeId();
			case InspectionPackage.BEHAVIOUR__ARTICLE_REF:
				return getArticleRef();
			case InspectionPackage.BEHAVIOUR__DESCRIPTION:
				return getDescription();
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
			case InspectionPackage.BEHAVIOUR__DECREE_ID:
				setDecreeId((String)newValue);
				return;
			case InspectionPackage.BEHAVIOUR__ARTICLE_REF:
				setArticleRef((String)newValue);
				return;
			case InspectionPackage.BEHAVIOUR__DESCRIPTION:
				setDescription((String)newValue);
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
			case InspectionPackage.BEHAVIOUR__DECREE_ID:
				setDecreeId(DECREE_ID_EDEFAULT);
				return;
			case InspectionPackage.BEHAVIOUR__ARTICLE_REF:
				setArticleRef(ARTICLE_REF_EDEFAULT);
				return;
			case InspectionPackage.BEHAVIOUR__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
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
			case InspectionPackage.BEHAVIOUR__DECREE_ID:
				return DECREE_ID_EDEFAULT == null ? decreeId != null : !DECREE_ID_EDEFAULT.equals(decreeId);
			case InspectionPackage.BEHAVIOUR__ARTICLE_REF:
				return ARTICLE_REF_EDEFAULT == null ? articleRef != null : !ARTICLE_REF_EDEFAULT.equals(articleRef);
			case InspectionPackage.BEHAVIOUR__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
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
		result.append(", description: ");
		result.append(description);
		result.append(')');
		return result.toString();
	}

} //BehaviourImpl
